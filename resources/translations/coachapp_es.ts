<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419">
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/activity.py" line="+30"/>
        <source>{total} of {required} hours counted, {core} of them core.</source>
        <translation>Cuentan {total} de {required} horas, {core} de ellas básicas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{gap} more needed, at least {core} of them core.</source>
        <translation>Faltan {gap}, al menos {core} de ellas básicas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{gap} more needed.</source>
        <translation>Faltan {gap}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{total} of {required} hours</source>
        <translation>{total} de {required} horas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{said} — requirement met</source>
        <translation>{said}: cumple el requisito</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{said} — {gap} core hours short</source>
        <translation>{said}: faltan {gap} horas básicas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{said} — {gap} short</source>
        <translation>{said}: faltan {gap}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+95"/>
        <source>Activity hours</source>
        <translation>Horas de actividad</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Hours each week in TANF work activities, checked against the family&apos;s weekly work requirement. Job search limits and monthly averaging are left to you.</source>
        <translation>Horas por semana en actividades laborales de TANF, comparadas con el requisito semanal de trabajo de la familia. Los límites de búsqueda de empleo y los promedios mensuales quedan a su criterio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Semana &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the week before (Alt+P)</source>
        <translation>Mostrar la semana anterior (Alt+A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Week of</source>
        <translation>&amp;Semana del</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;xt week ▶</source>
        <translation>Semana si&amp;guiente ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the week after (Alt+X)</source>
        <translation>Mostrar la semana siguiente (Alt+G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wee&amp;k</source>
        <translation>Esta se&amp;mana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the current week (Alt+K)</source>
        <translation>Volver a la semana actual (Alt+M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;hours…  ({keys})</source>
        <translation>Registrar &amp;horas…  ({keys})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record hours for this week ({keys})</source>
        <translation>Registrar las horas de esta semana ({keys})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Week against the requirement</source>
        <translation>La semana frente al requisito</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts as</source>
        <translation>Cuenta como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified</source>
        <translation>Verificadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hours this week</source>
        <translation>Horas de esta semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No hours recorded for this week. Press “Record hours” ({keys}) to add them.</source>
        <translation>No hay horas registradas para esta semana. Pulse «Registrar horas» ({keys}) para agregarlas.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>All hours verified.</source>
        <translation>Todas las horas están verificadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some hours are not verified yet.</source>
        <translation>Algunas horas todavía no están verificadas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{family}: {required} hours a week, {core} of them in core activities. {reason} {proof}</source>
        <translation>{family}: {required} horas por semana, {core} de ellas en actividades básicas. {reason} {proof}</translation>
    </message>
</context>
<context>
    <name>BarrierDialog</name>
    <message>
        <location filename="../../ui/dialogs/barrier.py" line="+25"/>
        <source>{name} (restricted)</source>
        <translation>{name} (restringido)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a barrier</source>
        <translation>Agregar una barrera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something standing between the participant and training or work.</source>
        <translation>Algo que se interpone entre el participante y la capacitación o el trabajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add barrier</source>
        <translation>&amp;Agregar barrera</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Barrier:</source>
        <translation>&amp;Barrera:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restricted: refer out for help, keep details brief. Only the assigned coach and supervisors see it.</source>
        <translation>Restringida: refiera a la persona a otra agencia para recibir ayuda y anote pocos detalles. Solo el coach asignado y los supervisores la ven.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Description (optional):</source>
        <translation>&amp;Descripción (opcional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Identified on:</source>
        <translation>&amp;Identificada el:</translation>
    </message>
</context>
<context>
    <name>BarriersPage</name>
    <message>
        <location filename="../../ui/dialogs/intake_consents.py" line="+215"/>
        <location line="+7"/>
        <source>Barriers</source>
        <translation>Barreras</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>What stands between the participant and training or work. Tick what applies; you can add more later.</source>
        <translation>Lo que impide al participante capacitarse o trabajar. Marque lo que aplique; puede agregar más después.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confidential barriers (restricted)</source>
        <translation>Barreras confidenciales (restringidas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restricted: only the assigned coach and supervisors can see these, and every time someone opens them it is recorded. Refer the participant to specialised help; write no details they did not agree to share.</source>
        <translation>Restringido: solo el coach asignado y los supervisores pueden verlas, y cada vez que alguien las abre queda registrado. Refiera al participante a ayuda especializada; no escriba detalles que no haya aceptado compartir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{barrier} (restricted)</source>
        <translation>{barrier} (restringida)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only what the participant agreed to share</source>
        <translation>Solo lo que el participante aceptó compartir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few words (optional)</source>
        <translation>Unas palabras (opcional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{barrier}: description</source>
        <translation>{barrier}: descripción</translation>
    </message>
</context>
<context>
    <name>BarriersTab</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/barriers.py" line="+33"/>
        <source>Restricted information — opening this tab is recorded in the participant&apos;s history</source>
        <translation>Información restringida: abrir esta pestaña queda registrado en el historial del participante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restricted information notice</source>
        <translation>Aviso de información restringida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barrier</source>
        <translation>Barrera</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Restringida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identified</source>
        <translation>Identificada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still open</source>
        <translation>Sigue abierta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Barriers</source>
        <translation>Barreras</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>No barriers recorded. Use “Add barrier” (Alt+A) for anything in the way of training or work: transportation, childcare, housing, health…</source>
        <translation>No hay barreras registradas. Use «Agregar barrera» (Alt+A) para lo que impida la capacitación o el trabajo: transporte, cuidado infantil, vivienda, salud…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add barrier…</source>
        <translation>&amp;Agregar barrera…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a barrier (Alt+A)</source>
        <translation>Registrar una barrera (Alt+A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark &amp;resolved…</source>
        <translation>Marcar como &amp;resuelta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen barrier resolved (Alt+R)</source>
        <translation>Marcar la barrera elegida como resuelta (Alt+R)</translation>
    </message>
</context>
<context>
    <name>Casework</name>
    <message>
        <location filename="../../ui/widgets/casework_words.py" line="+29"/>
        <source>{m}/{d}/{y}</source>
        <translation>{m}/{d}/{y}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Child support</source>
        <translation>Manutención infantil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child welfare prevention</source>
        <translation>Prevención de bienestar infantil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behavioral health</source>
        <translation>Salud conductual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domestic violence services</source>
        <translation>Servicios contra la violencia doméstica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HPOG career coach</source>
        <translation>Coach de carrera de HPOG</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>DHS family coach</source>
        <translation>Coach familiar de DHS</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Partner agency contact</source>
        <translation>Contacto en la agencia asociada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The participant</source>
        <translation>El participante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HPOG coach</source>
        <translation>Coach de HPOG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agency contact</source>
        <translation>contacto de la agencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share information and make referrals</source>
        <translation>Compartir información y hacer referidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make referrals only</source>
        <translation>Solo hacer referidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share information only (not a referral)</source>
        <translation>Solo compartir información (no es un referido)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In training</source>
        <translation>En capacitación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left the course</source>
        <translation>Dejó el curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not pass</source>
        <translation>No aprobó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work (unsubsidized job)</source>
        <translation>Trabajo (empleo sin subsidio)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subsidized private job</source>
        <translation>Empleo privado subsidiado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subsidized public job</source>
        <translation>Empleo público subsidiado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work experience</source>
        <translation>Experiencia laboral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-the-job training</source>
        <translation>Capacitación en el empleo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job search and job readiness</source>
        <translation>Búsqueda de empleo y preparación laboral</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Community service</source>
        <translation>Servicio comunitario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocational training (e.g. CNA course)</source>
        <translation>Formación vocacional (p. ej., curso de CNA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job skills training</source>
        <translation>Capacitación en habilidades laborales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Education related to work</source>
        <translation>Educación relacionada con el trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High school or GED classes</source>
        <translation>Clases de secundaria o GED</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Childcare for community service</source>
        <translation>Cuidado infantil para el servicio comunitario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other (does not count)</source>
        <translation>Otra (no cuenta)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Single parent, youngest child 6 or older</source>
        <translation>Madre o padre solo, con el hijo menor de 6 años o más</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Single parent with a child under 6</source>
        <translation>Madre o padre solo con un hijo menor de 6 años</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-parent family</source>
        <translation>Familia biparental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-parent family with federally funded childcare</source>
        <translation>Familia biparental con cuidado infantil con fondos federales</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Core</source>
        <translation>Básica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-core</source>
        <translation>No básica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not count</source>
        <translation>No cuenta</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Vencido hace %n día</numerusform>
            <numerusform>Vencido hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseworkTables</name>
    <message>
        <location filename="../../ui/reports_casework_tables.py" line="+41"/>
        <location line="+49"/>
        <location line="+247"/>
        <source>All participants</source>
        <translation>Todos los participantes</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+49"/>
        <location line="+54"/>
        <location line="+193"/>
        <source>TANF recipients</source>
        <translation>Beneficiarios de TANF</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TANF</source>
        <translation>TANF</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved,
not yet paid</source>
        <translation>Aprobado,
aún sin pagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+4"/>
        <location line="+234"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>No support services paid or approved in this period.</source>
        <translation>No hay servicios de apoyo pagados ni aprobados en este período.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicate-with-DHS warnings overridden</source>
        <translation>Avisos de duplicado con DHS ignorados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services recorded despite a warning</source>
        <translation>Servicios registrados a pesar de un aviso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another funder already paid</source>
        <translation>Otro financiador ya pagaba</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… of them, DHS / TANF pays one of the two</source>
        <translation>… de ellos, DHS / TANF paga uno de los dos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Spend by funding source</source>
        <translation>Gasto por fuente de financiamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation>Pagado por</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spend by type of support</source>
        <translation>Gasto por tipo de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of support</source>
        <translation>Tipo de apoyo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Made</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this
week</source>
        <translation>Vencen esta
semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed
on time</source>
        <translation>Cerrados
a tiempo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} of {of} ({p})</source>
        <translation>{n} de {of} ({p})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>All referrals</source>
        <translation>Todos los referidos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Under each line, the same figures for TANF recipients alone (shaded). Overdue referrals are marked in red.</source>
        <translation>Debajo de cada línea, las mismas cifras solo para los beneficiarios de TANF (sombreadas). Los referidos vencidos se marcan en rojo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Referrals by program referred to</source>
        <translation>Referidos por programa de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>Referido a</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No referrals made, open or closed in this period.</source>
        <translation>No hubo referidos hechos, abiertos ni cerrados en este período.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Referrals by follow-up owner</source>
        <translation>Referidos por responsable del seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up owner</source>
        <translation>Responsable del seguimiento</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Participants themselves</source>
        <translation>Los propios participantes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All weeks</source>
        <translation>Todas las semanas</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>TANF work participation by week</source>
        <translation>Participación laboral de TANF por semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of (Monday)</source>
        <translation>Semana del (lunes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>With hours</source>
        <translation>Con horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Cumplen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“All weeks” adds up the participant-weeks: meeting over enrolled.</source>
        <translation>«Todas las semanas» suma las semanas-participante: las que cumplen sobre las inscritas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No whole week of this period has ended yet: hours are counted once a week is over.</source>
        <translation>Todavía no ha terminado ninguna semana completa de este período: las horas se cuentan cuando termina la semana.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No site recorded</source>
        <translation>Sin oficina registrada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Caseload by status</source>
        <translation>Casos por estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status today</source>
        <translation>Estado hoy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recruits by DHS branch (adopted offices)</source>
        <translation>Reclutados por oficina de DHS (oficinas adoptadas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DHS branch or office</source>
        <translation>Oficina de DHS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adopted by</source>
        <translation>Adoptada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recruited</source>
        <translation>Reclutados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adopted branches with nobody recruited in the period are highlighted.</source>
        <translation>Se resaltan las oficinas adoptadas donde no se reclutó a nadie en el período.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody was recruited in this period.</source>
        <translation>No se reclutó a nadie en este período.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="+91"/>
        <source>someone</source>
        <extracomment>False when neither side can be told to be this coach&apos;s (a supervisor settling).</extracomment>
        <translation>alguien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you, on this laptop</source>
        <translation>usted, en esta computadora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you, on another laptop</source>
        <translation>usted, en otra computadora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the first</source>
        <translation>Conservar el primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep theirs</source>
        <translation>Conservar el suyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the second</source>
        <translation>Conservar el segundo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New value:</source>
        <translation>Valor nuevo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine for {what}</source>
        <translation>Conservar el mío para {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep theirs for {what}</source>
        <translation>Conservar el suyo para {what}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a new value for {what}</source>
        <translation>Escriba un valor nuevo para {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New value for {what}</source>
        <translation>Valor nuevo para {what}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep one of the two for this detail.</source>
        <translation>Conserve uno de los dos para este dato.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A date, like 2026-03-31</source>
        <translation>Una fecha, como 2026-03-31</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dollars, like 125.50</source>
        <translation>Dólares, como 125.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole number</source>
        <translation>Un número entero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number</source>
        <translation>Un número</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the right value</source>
        <translation>Escriba el valor correcto</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Settle a conflict</source>
        <translation>Resolver un conflicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a participant not on this laptop</source>
        <translation>un participante que no está en esta computadora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} — {record}</source>
        <translation>{who} — {record}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These details were changed differently on two laptops before either had synced. Both versions are kept until you choose. For each detail, keep yours, keep theirs, or type a new value. Your choice is sent at the next sync, so every laptop ends up with the same.</source>
        <translation>Estos datos se cambiaron de forma distinta en dos computadoras antes de que alguna sincronizara. Se conservan ambas versiones hasta que usted elija. Para cada dato, conserve el suyo, el de la otra persona o escriba un valor nuevo. Su elección se envía en la próxima sincronización, para que todas las computadoras queden iguales.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Detail</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>El mío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First version</source>
        <translation>Primera versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>El suyo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second version</source>
        <translation>Segunda versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before both changes</source>
        <translation>Antes de ambos cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your choice</source>
        <translation>Su elección</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Save my choices</source>
        <translation>&amp;Guardar mis elecciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save and send at the next sync (Alt+S)</source>
        <translation>Guardar y enviar en la próxima sincronización (Alt+G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;después</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without choosing (Esc); the conflict stays open</source>
        <translation>Cerrar sin elegir (Esc); el conflicto sigue abierto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose which value to keep.</source>
        <translation>Elija qué valor conservar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a value for each detail, then save.</source>
        <translation>Elija un valor para cada dato y luego guarde.</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <location filename="../../ui/dialogs/intake_consents.py" line="-155"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick each agency the participant signed a release for. A referral to an agency that needs consent waits until one is on file.</source>
        <translation>Marque cada agencia para la que el participante firmó una autorización. Un referido a una agencia que requiere consentimiento espera hasta que haya uno registrado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No partner agencies are on this laptop yet. Sync, then add consents later.</source>
        <translation>Aún no hay agencias asociadas en esta computadora. Sincronice y agregue los consentimientos más tarde.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it allows</source>
        <translation>Qué autoriza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on (if any)</source>
        <translation>Vence el (si aplica)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed a consent for {agency}</source>
        <translation>Firmó un consentimiento para {agency}</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <location filename="../../ui/dialogs/training.py" line="+145"/>
        <source>Record a credential</source>
        <translation>Registrar una credencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earned through {course}.</source>
        <translation>Obtenida con {course}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blank: the credential the course leads to</source>
        <translation>En blanco: la credencial a la que lleva el curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Earned on</source>
        <translation>&amp;Obtenida el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential &amp;name</source>
        <translation>&amp;Nombre de la credencial</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="+37"/>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type a date like 05/17/1994 (month/day/year).</source>
        <translation>Escriba una fecha como 05/17/1994 (mes/día/año).</translation>
    </message>
</context>
<context>
    <name>DraftsStrip</name>
    <message>
        <location filename="../../ui/widgets/drafts_strip.py" line="+44"/>
        <source>Unfinished intakes</source>
        <extracomment>Rows shown without scrolling; coaches rarely keep more than a few drafts.</extracomment>
        <translation>Admisiones sin terminar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Intakes saved with “Save draft” and not finished yet. Pick one and resume it (Enter), or discard it (Delete).</source>
        <translation>Admisiones guardadas con «Guardar borrador» que aún no se terminan. Elija una y continúela (Intro), o descártela (Supr).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Res&amp;ume intake</source>
        <translation>Contin&amp;uar admisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the chosen draft in the intake (Alt+U, Enter)</source>
        <translation>Abrir el borrador elegido en la admisión (Alt+U, Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disc&amp;ard draft…</source>
        <translation>Desc&amp;artar borrador…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throw the chosen draft away; you are asked first (Alt+A, Delete)</source>
        <translation>Desechar el borrador elegido; primero se le pregunta (Alt+A, Supr)</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Unfinished &amp;intakes: %n</source>
        <translation>
            <numerusform>Adm&amp;isiones sin terminar: %n</numerusform>
            <numerusform>Adm&amp;isiones sin terminar: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unnamed draft</source>
        <translation>Borrador sin nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saved today at {time}</source>
        <translation>guardado hoy a las {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved {day} at {time}</source>
        <translation>guardado el {day} a las {time}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Discard the draft?</source>
        <translation>¿Descartar el borrador?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throw away the unfinished intake for {name}? What was typed in it cannot be brought back.</source>
        <translation>¿Desechar la admisión sin terminar de {name}? Lo que se escribió en ella no se podrá recuperar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone not named yet</source>
        <translation>alguien aún sin nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard draft</source>
        <translation>&amp;Descartar borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarlo</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../ui/dialogs/duplicate.py" line="+61"/>
        <source>Record {n}</source>
        <translation>Registro {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This record is in another coach&apos;s caseload, so it is not on this laptop. That coach or a supervisor can decide.</source>
        <translation>Este registro pertenece a los casos de otro coach, así que no está en esta computadora. Ese coach o un supervisor pueden decidir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TANF case number</source>
        <translation>Número de caso de TANF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IV-D case number</source>
        <translation>Número de caso IV-D</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assigned coach</source>
        <translation>Coach asignado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recruitment branch</source>
        <translation>Oficina de reclutamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded for them</source>
        <translation>Registrado para la persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{s} services · {r} referrals · {n} notes · {c} consents</source>
        <translation>{s} servicios · {r} referidos · {n} notas · {c} consentimientos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Merge into this one</source>
        <translation>&amp;Mover todo a este</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;erge into this one</source>
        <translation>Mov&amp;er todo a este</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep record {n}; everything recorded for the other moves to it (Alt+{key})</source>
        <translation>Conservar el registro {n}; todo lo registrado para el otro pasa a este (Alt+{key})</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <source>Is this the same person?</source>
        <translation>¿Es la misma persona?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The program&apos;s server noticed two records that may be one person ({reason}), probably enrolled on two laptops before they synced. Compare them. If they are the same person, choose the record to keep: everything recorded for the other one — services, referrals, notes, consents — moves to it, and nothing is deleted. If they are two different people, say so and they will not be flagged again.</source>
        <translation>El servidor del programa notó dos registros que podrían ser una sola persona ({reason}), probablemente inscrita en dos computadoras antes de que sincronizaran. Compárelos. Si son la misma persona, elija el registro que se conserva: todo lo registrado para el otro (servicios, referidos, notas, consentimientos) pasa a él y no se borra nada. Si son dos personas distintas, indíquelo y no se volverán a señalar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Yes, merge</source>
        <translation>&amp;Sí, unir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>One of the two records is not on this laptop, so you cannot merge them here. You can still say they are not the same person.</source>
        <translation>Uno de los dos registros no está en esta computadora, así que no puede unirlos aquí. Sí puede indicar que no son la misma persona.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;No es la misma persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are two different people (Alt+N)</source>
        <translation>Son dos personas distintas (Alt+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later (Esc)</source>
        <translation>Decidir después (Esc)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the other record</source>
        <translation>el otro registro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep {keep}&apos;s record and move everything recorded for {other} into it? Every laptop follows at its next sync.</source>
        <translation>¿Conservar el registro de {keep} y pasar a él todo lo registrado para {other}? Todas las computadoras lo harán en su próxima sincronización.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A sync is running. Try again when it has finished.</source>
        <translation>Hay una sincronización en curso. Vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You&apos;re offline. Deciding about duplicates needs the program&apos;s server; try again when you&apos;re back online.</source>
        <translation>No hay conexión. Para decidir sobre duplicados se necesita el servidor del programa; vuelva a intentarlo cuando tenga conexión.</translation>
    </message>
</context>
<context>
    <name>DuplicateWords</name>
    <message>
        <location line="-245"/>
        <source>Same TANF case number</source>
        <translation>Mismo número de caso de TANF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same child support (IV-D) case number</source>
        <translation>Mismo número de caso de manutención (IV-D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same name and date of birth</source>
        <translation>Mismo nombre y fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../../ui/dialogs/intake_enrollment.py" line="+45"/>
        <source>Income and eligibility</source>
        <translation>Ingresos y elegibilidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The household&apos;s income for the last 12 months, against the HHS poverty guideline for its size. Leave the income empty to record eligibility later.</source>
        <translation>El ingreso del hogar en los últimos 12 meses, comparado con la guía de pobreza del HHS para su tamaño. Deje el ingreso vacío para registrar la elegibilidad más tarde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>for example 18,500</source>
        <translation>por ejemplo 18,500</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Percent of the poverty guideline</source>
        <translation>Porcentaje de la guía de pobreza</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Household size</source>
        <translation>&amp;Tamaño del hogar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone living together and sharing income, the participant included.</source>
        <translation>Todas las personas que viven juntas y comparten ingresos, incluido el participante.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yearly household &amp;income ($)</source>
        <translation>&amp;Ingreso anual del hogar ($)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;State</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Loading the poverty guidelines…</source>
        <translation>Cargando las guías de pobreza…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the yearly income to see where it falls against the guideline.</source>
        <translation>Escriba el ingreso anual para ver dónde queda frente a la guía.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{percent}% of the {year} poverty guideline (${amount} a year for a household of {size}).</source>
        <translation>{percent}% de la guía de pobreza de {year} (${amount} al año para un hogar de {size}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Within the program&apos;s limit of {limit}%.</source>
        <translation>Dentro del límite del programa de {limit}%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above the program&apos;s limit of {limit}%.</source>
        <translation>Por encima del límite del programa de {limit}%.</translation>
    </message>
</context>
<context>
    <name>EligibilityTab</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/eligibility.py" line="+46"/>
        <source>Assessed on</source>
        <translation>Evaluada el</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Income a year</source>
        <translation>Ingreso anual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidelines of</source>
        <translation>Pautas de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of guideline</source>
        <translation>% de la pauta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eligible (at or below {n}%)</source>
        <translation>Elegible (hasta el {n}%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the limit ({n}%)</source>
        <translation>Por encima del límite ({n}%)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Eligibility assessments</source>
        <translation>Evaluaciones de elegibilidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No eligibility assessment yet. Fill in “New assessment” below: the percent of the poverty guideline shows as you type.</source>
        <translation>Todavía no hay evaluación de elegibilidad. Complete «Nueva evaluación» abajo: el porcentaje de la pauta de pobreza aparece mientras escribe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Household size:</source>
        <translation>Tamaño del &amp;hogar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: 18,500</source>
        <translation>Por ejemplo: 18,500</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yearly household &amp;income ($):</source>
        <translation>&amp;Ingreso anual del hogar ($):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone in the household, before taxes, for a whole year.</source>
        <translation>De todas las personas del hogar, antes de impuestos, por un año completo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stat&amp;e:</source>
        <translation>Esta&amp;do:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessed &amp;on:</source>
        <translation>E&amp;valuada el:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Program li&amp;mit:</source>
        <translation>Lí&amp;mite del programa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the income to see the percent of the guideline.</source>
        <translation>Escriba el ingreso para ver el porcentaje de la pauta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Record assessment</source>
        <translation>&amp;Registrar evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this assessment (Alt+R)</source>
        <translation>Guardar esta evaluación (Alt+R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type the income and the state to see the percent of the guideline.</source>
        <translation>Escriba el ingreso y el estado para ver el porcentaje de la pauta.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>eligible (at or below {n}%)</source>
        <translation>elegible (hasta el {n}%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over the program limit of {n}%</source>
        <translation>por encima del límite del programa, {n}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>= {percent} of the {year} guideline (${amount:,} a year) — {verdict}</source>
        <translation>= {percent} de la pauta de {year} (${amount:,} al año): {verdict}</translation>
    </message>
</context>
<context>
    <name>EndJobDialog</name>
    <message>
        <location filename="../../ui/dialogs/job.py" line="+78"/>
        <source>Job ended</source>
        <translation>Fin del empleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{occupation} at {employer}, started {start}.</source>
        <translation>{occupation} en {employer}, desde el {start}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Last day</source>
        <translation>Ú&amp;ltimo día</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/dialogs/training.py" line="-122"/>
        <source>Enroll in a course</source>
        <translation>Inscribir en un curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the participant in a course from the program&apos;s course list.</source>
        <translation>Inscribir al participante en un curso de la lista del programa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enroll</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Course</source>
        <translation>&amp;Curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start date</source>
        <translation>Fecha de i&amp;nicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpected end</source>
        <translation>Fin &amp;previsto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>EnrollmentPage</name>
    <message>
        <location filename="../../ui/dialogs/intake_enrollment.py" line="+10"/>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the person stands with the program, where they were recruited and who coaches them. Create the participant when you are ready.</source>
        <translation>En qué etapa del programa está la persona, dónde se le reclutó y quién es su coach. Cree el participante cuando esté listo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share with my &amp;whole team</source>
        <translation>Compartir con todo mi &amp;equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Study &amp;group</source>
        <translation>&amp;Grupo del estudio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded at enrollment and never changed afterwards.</source>
        <translation>Se registra al inscribir y nunca se cambia después.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Recruited at (branch)</source>
        <translation>&amp;Reclutado en (oficina)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts as the branch you are working at today.</source>
        <translation>Empieza con la oficina donde usted trabaja hoy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assigned coach</source>
        <translation>C&amp;oach asignado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+33"/>
        <source>Sorry, something went wrong and CoachApp could not finish that. Your saved work is safe. If it happens again, tell your administrator reference {ref}.</source>
        <translation>Lo sentimos, algo salió mal y CoachApp no pudo terminar. Su trabajo guardado está a salvo. Si vuelve a pasar, dé a su administrador la referencia {ref}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CoachApp</source>
        <translation>CoachApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
</context>
<context>
    <name>FinishTrainingDialog</name>
    <message>
        <location filename="../../ui/dialogs/training.py" line="+25"/>
        <source>Training ended</source>
        <translation>Fin de la capacitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{course} ({provider}), started {start}.</source>
        <translation>{course} ({provider}), desde el {start}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Already earned</source>
        <translation>Ya obtenida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blank: the credential the course leads to</source>
        <translation>En blanco: la credencial a la que lleva el curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;How it ended</source>
        <translation>&amp;Cómo terminó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;redential</source>
        <translation>C&amp;redencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential &amp;name</source>
        <translation>&amp;Nombre de la credencial</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/dialogs/referral.py" line="+414"/>
        <source>Hand over the follow-up</source>
        <translation>Traspasar el seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{program} referral to {agency}. Who follows up now, and by when?</source>
        <translation>Referido de {program} a {agency}. ¿Quién hace el seguimiento ahora y para cuándo?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-up &amp;owner</source>
        <translation>&amp;Responsable del seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a coach, or type the name of a DHS family coach or agency contact.</source>
        <translation>Elija un coach, o escriba el nombre de un coach familiar de DHS o de un contacto de la agencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner&apos;s ro&amp;le</source>
        <translation>Fun&amp;ción del responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up &amp;due</source>
        <translation>&amp;Vencimiento del seguimiento</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="+65"/>
        <source>Problem</source>
        <extracomment>The service&apos;s answer, after a successful save.</extracomment>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save (Enter)</source>
        <translation>Guardar (Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving (Esc)</source>
        <translation>Cerrar sin guardar (Esc)</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/widgets/field_form.py" line="+26"/>
        <source>MM/dd/yyyy</source>
        <translation>MM/dd/yyyy</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Problem with {field}</source>
        <translation>Problema con {field}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/history.py" line="+27"/>
        <source>the participant&apos;s profile</source>
        <translation>el perfil del participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the household</source>
        <translation>el hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a family member</source>
        <translation>un familiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an eligibility assessment</source>
        <translation>una evaluación de elegibilidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a consent</source>
        <translation>un consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a barrier</source>
        <translation>una barrera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a support service</source>
        <translation>un servicio de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a referral</source>
        <translation>un referido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a case note</source>
        <translation>una nota de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a task</source>
        <translation>una tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a training enrollment</source>
        <translation>una inscripción a capacitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a job</source>
        <translation>un empleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity hours</source>
        <translation>horas de actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sync conflict</source>
        <translation>un conflicto de sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a possible duplicate</source>
        <translation>un posible duplicado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>middle name</source>
        <translation>segundo nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preferred name</source>
        <translation>nombre preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address line 2</source>
        <translation>dirección (línea 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preferred language</source>
        <translation>idioma preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hispanic or Latino</source>
        <translation>hispano o latino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>education</source>
        <translation>escolaridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receives TANF</source>
        <translation>recibe TANF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TANF case number</source>
        <translation>Número de caso de TANF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IV-D case number</source>
        <translation>Número de caso IV-D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recruitment branch</source>
        <translation>oficina de reclutamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned coach</source>
        <translation>coach asignado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>application date</source>
        <translation>fecha de solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enrollment date</source>
        <translation>fecha de inscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit date</source>
        <translation>fecha de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact time</source>
        <translation>hora del contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>branch</source>
        <translation>oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note text</source>
        <translation>texto de la nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how you met</source>
        <translation>forma de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved date</source>
        <translation>fecha de resolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identified date</source>
        <translation>fecha de identificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked date</source>
        <translation>fecha de revocación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parents in the TANF unit</source>
        <translation>padres en la unidad de TANF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>federally funded childcare</source>
        <translation>cuidado infantil con fondos federales</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Viewed restricted information (opened the Barriers tab)</source>
        <translation>Vio información restringida (abrió la pestaña Barreras)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>barriers</source>
        <translation>barreras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case notes</source>
        <translation>notas de caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viewed restricted information ({what}: {n} shown)</source>
        <translation>Vio información restringida ({what}: {n} mostradas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viewed restricted information ({what})</source>
        <translation>Vio información restringida ({what})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{thing} (restricted)</source>
        <translation>{thing} (restringido)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added the participant to CoachApp</source>
        <translation>Agregó al participante a CoachApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {thing}</source>
        <translation>Agregó {thing}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed {thing}: {fields}</source>
        <translation>Cambió {thing}: {fields}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed {thing}</source>
        <translation>Cambió {thing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed {thing}</source>
        <translation>Quitó {thing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {thing}</source>
        <translation>Exportó {thing}</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location line="+13"/>
        <source>When</source>
        <extracomment>Anything done to the participant&apos;s records adds to their history.</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone on another laptop</source>
        <translation>Alguien en otra computadora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History of the participant&apos;s record</source>
        <translation>Historial del registro del participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing recorded yet.</source>
        <translation>Todavía no hay nada registrado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every change to this participant&apos;s record, and every time restricted information was viewed. It names what changed, never what it says.</source>
        <translation>Cada cambio en el registro de este participante y cada vez que se vio información restringida. Dice qué cambió, nunca lo que dice.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../ui/dialogs/hours.py" line="+26"/>
        <source>Record activity hours</source>
        <translation>Registrar horas de actividad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours for one week in one work activity. Recording the same activity and week again replaces the figure.</source>
        <translation>Horas de una semana en una actividad laboral. Si registra otra vez la misma actividad y semana, se reemplaza la cifra.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours that week, like 12.5</source>
        <translation>Horas esa semana, como 12.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified (time sheet, pay stub or attendance record)</source>
        <translation>Verificadas (hoja de horas, talón de pago o registro de asistencia)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Week of</source>
        <translation>&amp;Semana del</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any day of the week; it is filed under that week&apos;s Monday.</source>
        <translation>Cualquier día de la semana; se archiva bajo el lunes de esa semana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activity</source>
        <translation>&amp;Actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours</source>
        <translation>&amp;Horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proof</source>
        <translation>&amp;Comprobante</translation>
    </message>
</context>
<context>
    <name>HouseholdMemberDialog</name>
    <message>
        <location filename="../../ui/dialogs/household_member.py" line="+31"/>
        <source>Correct a family member</source>
        <translation>Corregir un familiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a family member</source>
        <translation>Agregar un familiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone in the family counts: children, the other parent (even living elsewhere) and relatives who care for the children.</source>
        <translation>Toda la familia cuenta: los hijos, el otro padre o madre (aunque viva en otro lugar) y los parientes que cuidan a los niños.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role in the family:</source>
        <translation>&amp;Papel en la familia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Known</source>
        <translation>&amp;Conocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: daughter, grandmother</source>
        <translation>Por ejemplo: hija, abuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relations&amp;hip:</source>
        <translation>Pa&amp;rentesco:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;ves in the household</source>
        <translation>&amp;Vive en el hogar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Living:</source>
        <translation>Vivienda:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Child support (IV-D) case #:</source>
        <translation>N.º de caso de &amp;manutención (IV-D):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a non-custodial parent with a child support case.</source>
        <translation>Para un padre o madre sin custodia con un caso de manutención.</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../ui/dialogs/intake_family.py" line="+157"/>
        <source>The family</source>
        <translation>La familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone in the participant&apos;s family, seen whole: the other parent (even if they live elsewhere), each child, relatives who care for the children. The participant is not listed here.</source>
        <translation>Toda la familia del participante: el otro padre o madre (aunque viva en otro lugar), cada hijo o hija y los familiares que cuidan a los niños. El participante no se anota aquí.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Receives federally funded &amp;childcare</source>
        <translation>Recibe &amp;cuidado infantil con fondos federales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a family member</source>
        <translation>Agregar un &amp;familiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a family member (Alt+A)</source>
        <translation>Agregar un familiar (Alt+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No family members yet. Use “Add a family member” (Alt+A) for the other parent, each child and any relative who cares for them.</source>
        <translation>Aún no hay familiares. Use «Agregar un familiar» (Alt+F) para el otro padre o madre, cada hijo o hija y cualquier familiar que los cuide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Parents in the TANF assistance unit</source>
        <translation>&amp;Padres en la unidad de asistencia de TANF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 for a single-parent family. Sets the weekly TANF work hours.</source>
        <translation>1 para una familia monoparental. Define las horas semanales de trabajo de TANF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Childcare</source>
        <translation>Cuidado infantil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receives federally funded childcare</source>
        <translation>Recibe cuidado infantil con fondos federales</translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/household.py" line="+51"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lives here</source>
        <translation>Vive aquí</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IV-D case #</source>
        <translation>Caso IV-D</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <source>Family members</source>
        <translation>Familiares</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>No family members recorded yet. Use “Add family member” (Alt+A) for the children, the other parent and relatives who care for the children.</source>
        <translation>Todavía no hay familiares registrados. Use «Agregar familiar» (Alt+A) para los hijos, el otro padre o madre y los parientes que cuidan a los niños.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add family member…</source>
        <translation>&amp;Agregar familiar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add someone (Alt+A)</source>
        <translation>Agregar a alguien (Alt+A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the chosen person (Enter)</source>
        <translation>Corregir a la persona elegida (Intro)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove…</source>
        <translation>Q&amp;uitar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen person off the list (Delete)</source>
        <translation>Quitar de la lista a la persona elegida (Supr)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parents in the TANF assistance unit</source>
        <translation>Padres en la unidad de asistencia de TANF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parents in the TANF unit:</source>
        <translation>&amp;Padres en la unidad de TANF:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gets federally &amp;funded childcare</source>
        <translation>Recibe cuidado infantil con &amp;fondos federales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raises a two-parent family&apos;s TANF hours to 55 a week</source>
        <translation>Sube las horas de TANF de una familia biparental a 55 por semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save family fa&amp;cts</source>
        <translation>Guardar datos de la fa&amp;milia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the number of parents and the childcare answer</source>
        <translation>Guardar el número de padres y la respuesta sobre cuidado infantil</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Remove a family member</source>
        <translation>Quitar a un familiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take {name} off the family list? The history keeps a record of it.</source>
        <translation>¿Quitar a {name} de la lista de la familia? El historial guarda constancia.</translation>
    </message>
</context>
<context>
    <name>IdentifiersPage</name>
    <message>
        <location filename="../../ui/dialogs/intake_pages.py" line="+191"/>
        <source>Case numbers</source>
        <translation>Números de caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The numbers DHS and child support know the family by. They make the person easy to find and keep referrals and services matched with DHS.</source>
        <translation>Los números con los que el DHS y la oficina de manutención conocen a la familia. Facilitan encontrar a la persona y coordinar los referidos y servicios con el DHS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receives &amp;TANF cash assistance</source>
        <translation>Recibe asistencia en efectivo de &amp;TANF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example OH-2231-0087</source>
        <translation>por ejemplo OH-2231-0087</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example IVD-55021</source>
        <translation>por ejemplo IVD-55021</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TANF</source>
        <translation>TANF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TANF &amp;case number</source>
        <translation>&amp;Número de caso de TANF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needed when the person receives TANF.</source>
        <translation>Obligatorio si la persona recibe TANF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Child &amp;support (IV-D) case number</source>
        <translation>Número de caso de &amp;manutención (IV-D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the family has a child support case.</source>
        <translation>Si la familia tiene un caso de manutención infantil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case numbers are 4 to 20 letters and digits, with at least one digit; dashes are fine.</source>
        <translation>Los números de caso tienen de 4 a 20 letras y dígitos, con al menos un dígito; se permiten guiones.</translation>
    </message>
</context>
<context>
    <name>IntakeLabels</name>
    <message>
        <location filename="../../ui/dialogs/intake_labels.py" line="+22"/>
        <source>Child</source>
        <translation>Hijo o hija</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Non-custodial parent</source>
        <translation>Padre o madre sin custodia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custodial parent</source>
        <translation>Padre o madre con custodia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relative caregiver</source>
        <translation>Familiar cuidador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+8"/>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another gender</source>
        <translation>Otro género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefers not to say</source>
        <translation>Prefiere no decir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Less than high school</source>
        <translation>Sin terminar la preparatoria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>High school diploma or GED</source>
        <translation>Diploma de preparatoria o GED</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some college</source>
        <translation>Algo de universidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associate degree</source>
        <translation>Título asociado (Associate)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bachelor&apos;s degree or higher</source>
        <translation>Licenciatura o más</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>American Indian or Alaska Native</source>
        <extracomment>HPOG race categories (a person may report several); stored comma-separated.</extracomment>
        <translation>Indígena americano o nativo de Alaska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asian</source>
        <translation>Asiático</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Black or African American</source>
        <translation>Negro o afroamericano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Native Hawaiian or other Pacific Islander</source>
        <translation>Nativo de Hawái u otras islas del Pacífico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Share information and refer</source>
        <extracomment>Stored as the person&apos;s preferred language, so kept in English whatever the app&apos;s language.</extracomment>
        <translation>Compartir información y referir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refer only</source>
        <translation>Solo referir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share information only</source>
        <translation>Solo compartir información</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>child support</source>
        <translation>manutención infantil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>child welfare prevention</source>
        <translation>prevención de bienestar infantil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>employment</source>
        <translation>empleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>behavioral health</source>
        <translation>salud conductual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>domestic violence services</source>
        <translation>servicios contra la violencia doméstica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>housing</source>
        <translation>vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other services</source>
        <translation>otros servicios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transportation</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Childcare</source>
        <translation>Cuidado infantil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money and debts</source>
        <translation>Dinero y deudas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education (reading, math, diploma)</source>
        <translation>Educación (lectura, matemáticas, diploma)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal (record, license, court)</source>
        <translation>Legal (antecedentes, licencia, tribunal)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Physical health</source>
        <translation>Salud física</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domestic violence</source>
        <translation>Violencia doméstica</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applicant (applying now)</source>
        <translation>Solicitante (solicita ahora)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead (interested, not applying yet)</source>
        <translation>Interesado (aún no solicita)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not assigned yet</source>
        <translation>Aún sin asignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment group</source>
        <translation>Grupo de tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control group</source>
        <translation>Grupo de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the study</source>
        <translation>No participa en el estudio</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../ui/dialogs/intake.py" line="+65"/>
        <source>New participant</source>
        <extracomment>The new participant&apos;s id, once created.</extracomment>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create participant</source>
        <translation>&amp;Crear participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save draft (Ctrl+S)</source>
        <translation>Guardar borrador (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep what you typed on this laptop and finish later (Ctrl+S)</source>
        <translation>Guardar lo escrito en esta computadora y terminar más tarde (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page (Alt+N)</source>
        <translation>Página siguiente (Alt+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page (Alt+B)</source>
        <translation>Página anterior (Alt+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location line="+293"/>
        <source>Draft saved at {time}. Finish it later from the Participants page.</source>
        <translation>Borrador guardado a las {time}. Termínelo más tarde desde la página Participantes.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Close the intake?</source>
        <translation>¿Cerrar la admisión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep what you typed as a draft to finish later?</source>
        <translation>¿Guardar lo escrito como borrador para terminarlo más tarde?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save draft and close</source>
        <translation>&amp;Guardar borrador y cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close &amp;without saving</source>
        <translation>Cerrar &amp;sin guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep editing</source>
        <translation>Seguir &amp;editando</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../ui/dialogs/job.py" line="-59"/>
        <source>Record a job</source>
        <translation>Registrar un empleo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A job the participant started: it counts toward the program&apos;s employment and wage results.</source>
        <translation>Un empleo que el participante comenzó: cuenta para los resultados de empleo y salario del programa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nursing assistant, phlebotomist…</source>
        <translation>Auxiliar de enfermería, flebotomista…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, a health-care occupation</source>
        <translation>Sí, una ocupación de salud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dollars an hour, like 17.25</source>
        <translation>Dólares por hora, como 17.25</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual hours a week, like 32</source>
        <translation>Horas habituales por semana, como 32</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, a step up from an earlier job</source>
        <translation>Sí, un ascenso respecto a un empleo anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Employer</source>
        <translation>&amp;Empleador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occupation</source>
        <translation>&amp;Ocupación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job &amp;title</source>
        <translation>&amp;Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Health-care job</source>
        <translation>Empleo de &amp;salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly &amp;wage</source>
        <translation>Salario por &amp;hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours a wee&amp;k</source>
        <translation>Horas por se&amp;mana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;rt date</source>
        <translation>&amp;Fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advanced position</source>
        <translation>&amp;Ascenso</translation>
    </message>
</context>
<context>
    <name>Listing</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/listing.py" line="+47"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/screens/lock.py" line="+37"/>
        <source>CoachApp is locked</source>
        <translation>CoachApp está bloqueado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in as {name} ({username}).</source>
        <translation>Sesión de {name} ({username}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your password</source>
        <translation>Su contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forgot your password?</source>
        <translation>¿&amp;Olvidó su contraseña?</translation>
    </message>
    <message>
        <source>CoachApp&apos;s data on this laptop has been removed. Ask your administrator if you need it set up again.</source>
        <translation>Los datos de CoachApp en esta computadora se eliminaron. Pida a su administrador que la vuelva a configurar si la necesita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set this laptop up again from the server</source>
        <translation>&amp;Configurar esta computadora de nuevo desde el servidor</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type your password to unlock.</source>
        <translation>Escriba su contraseña para desbloquear.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That password is not correct.</source>
        <translation>Esa contraseña no es correcta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That password is not correct. If your administrator has just reset it, connect to the network and try the new one again.</source>
        <translation>Esa contraseña no es correcta. Si su administrador acaba de restablecerla, conéctese a la red e intente otra vez con la nueva.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiadas contraseñas incorrectas. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiadas contraseñas incorrectas. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forgot your password?</source>
        <translation>¿Olvidó su contraseña?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your administrator to reset your password on the program&apos;s server. Then, with this laptop connected to the network, unlock here with the new password: CoachApp gets your key from the server and keeps everything you recorded on this laptop, including work not yet synced.</source>
        <translation>Pida a su administrador que restablezca su contraseña en el servidor del programa. Luego, con esta computadora conectada a la red, desbloquee aquí con la nueva contraseña: CoachApp obtiene su llave del servidor y conserva todo lo que registró en esta computadora, incluido el trabajo que aún no se ha sincronizado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="+85"/>
        <source>CoachApp</source>
        <extracomment>Input that counts as the coach being at the laptop. The coach&apos;s own settings file (None: the per-user default location).</extracomment>
        <translation>CoachApp</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>This laptop was disconnected</source>
        <translation>Esta computadora fue desconectada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update CoachApp</source>
        <translation>Actualice CoachApp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings problem</source>
        <translation>Problema con la configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoachApp started with safe settings because:</source>
        <translation>CoachApp inició con una configuración segura porque:</translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <location filename="../../ui/dialogs/possible_duplicate.py" line="+35"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TANF case</source>
        <translation>Caso de TANF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child support case</source>
        <translation>Caso de manutención</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead</source>
        <translation>Interesado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited</source>
        <translation>Egresado</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <location filename="../../ui/dialogs/intake_family.py" line="-116"/>
        <source>for example daughter</source>
        <translation>por ejemplo hija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with the participant</source>
        <translation>Vive con el participante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove (Ctrl+Del)</source>
        <translation>Quitar (Ctrl+Supr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take this person off the family list (Ctrl+Delete while in their card)</source>
        <translation>Quitar a esta persona de la lista de la familia (Ctrl+Supr estando en su ficha)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Role in the family</source>
        <translation>Papel en la familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child support (IV-D) case</source>
        <translation>Caso de manutención (IV-D)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Family member {n}</source>
        <translation>Familiar {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Family member {n}: {field}</source>
        <translation>Familiar {n}: {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove family member {n}</source>
        <translation>Quitar al familiar {n}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/pages/registry.py" line="+28"/>
        <source>Today</source>
        <extracomment>key → (module, class). Modules are imported when the page is first shown.</extracomment>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>NotAvailableTab</name>
    <message>
        <location filename="../../ui/pages/participant.py" line="+85"/>
        <source>Not available yet.</source>
        <translation>Todavía no disponible.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/note.py" line="+46"/>
        <source>Correct a case note</source>
        <translation>Corregir una nota de caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a case note</source>
        <translation>Agregar una nota de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what a colleague would need to know; keep opinions out.</source>
        <translation>Escriba lo que un colega necesitaría saber; deje fuera las opiniones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save note</source>
        <translation>&amp;Guardar nota</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;When you met:</source>
        <translation>&amp;Cuándo se reunieron:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;How:</source>
        <translation>C&amp;ómo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Not at a branch</source>
        <translation>No fue en una oficina</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Wh&amp;ere:</source>
        <translation>&amp;Dónde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The DHS branch where you met, if you met at one.</source>
        <translation>La oficina de DHS donde se reunieron, si fue en una.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restricted</source>
        <translation>&amp;Restringida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confidential:</source>
        <translation>Confidencial:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For domestic violence, health or substance use details. Only the assigned coach and supervisors see a restricted note, and each time it is shown is recorded in the participant&apos;s history.</source>
        <translation>Para detalles de violencia doméstica, salud o consumo de sustancias. Solo el coach asignado y los supervisores ven una nota restringida, y cada vez que se muestra queda registrado en el historial del participante.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are not this participant&apos;s coach, so you will not see it again.</source>
        <translation>Usted no es el coach de este participante, así que no volverá a verla.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/notes.py" line="+51"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Restringida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case notes</source>
        <translation>Notas de caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case notes yet. Press Ctrl+Shift+N (or “Add note” below) after each contact with the participant.</source>
        <translation>Todavía no hay notas de caso. Pulse Ctrl+Shift+N (o «Agregar nota» abajo) después de cada contacto con el participante.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add note…</source>
        <translation>&amp;Agregar nota…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a contact (Ctrl+Shift+N)</source>
        <translation>Registrar un contacto (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the chosen note (Enter)</source>
        <translation>Corregir la nota elegida (Intro)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove…</source>
        <translation>Q&amp;uitar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a note written in error (Delete)</source>
        <translation>Quitar una nota escrita por error (Supr)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The chosen note</source>
        <translation>La nota elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a note to read all of it here.</source>
        <translation>Elija una nota para leerla completa aquí.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restricted notes are left out: only the participant&apos;s assigned coach and supervisors see them.</source>
        <translation>Las notas restringidas no se muestran: solo el coach asignado al participante y los supervisores las ven.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes marked Restricted are confidential. Showing them is recorded in the participant&apos;s history.</source>
        <translation>Las notas marcadas como Restringidas son confidenciales. Mostrarlas queda registrado en el historial del participante.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Remove a case note</source>
        <translation>Quitar una nota de caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the note of {when}? Do this only for a note written in error; the history keeps a record that it was removed.</source>
        <translation>¿Quitar la nota del {when}? Hágalo solo con una nota escrita por error; el historial guarda constancia de que se quitó.</translation>
    </message>
</context>
<context>
    <name>ParticipantHeaderBar</name>
    <message>
        <location filename="../../ui/pages/participant_header.py" line="+53"/>
        <source>Open the Sync page to settle it (Ctrl+7)</source>
        <translation>Abra la página Sincronizar para resolverlo (Ctrl+7)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change &amp;status…</source>
        <translation>Cambiar &amp;estado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the participant to the next stage (Alt+S)</source>
        <translation>Pasar al participante a la siguiente etapa (Alt+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;note…  Ctrl+Shift+N</source>
        <translation>Agregar &amp;nota…  Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a contact with the participant (Ctrl+Shift+N)</source>
        <translation>Registrar un contacto con el participante (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;task…  Ctrl+T</source>
        <translation>Agregar &amp;tarea…  Ctrl+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a to-do about this participant (Ctrl+T)</source>
        <translation>Agregar un pendiente sobre este participante (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Legal name {full} · goes by {preferred}</source>
        <translation>Nombre legal {full} · prefiere {preferred}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the participant stands in the program</source>
        <translation>En qué etapa del programa está el participante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TANF case #: {number}</source>
        <translation>N.º de caso de TANF: {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TANF case #: missing — add it in Profile</source>
        <translation>N.º de caso de TANF: falta; agréguelo en Perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TANF case #: none (not receiving TANF)</source>
        <translation>N.º de caso de TANF: ninguno (no recibe TANF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child support (IV-D) case #: {number}</source>
        <translation>N.º de caso de manutención (IV-D): {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coach: {name}</source>
        <translation>Coach: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not assigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent in force with: {agencies}</source>
        <translation>Consentimiento vigente con: {agencies}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No consent in force with any agency — referrals that share information need one first.</source>
        <translation>No hay consentimiento vigente con ninguna agencia; los referidos que comparten información lo necesitan primero.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{status} since {day}</source>
        <translation>{status} desde {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>● Unsynced changes — they go to the server at the next sync (F5).</source>
        <translation>● Cambios sin sincronizar: se enviarán al servidor en la próxima sincronización (F5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ Everything about this participant is synced.</source>
        <translation>✓ Todo lo de este participante está sincronizado.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n conflicto por resolver</numerusform>
            <numerusform>%n conflictos por resolver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) the server refused</source>
        <translation>
            <numerusform>%n cambio rechazado por el servidor</numerusform>
            <numerusform>%n cambios rechazados por el servidor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — open Sync</source>
        <translation> — abra Sincronizar</translation>
    </message>
</context>
<context>
    <name>ParticipantPage</name>
    <message>
        <location filename="../../ui/pages/participant.py" line="-32"/>
        <source>Profile</source>
        <extracomment>The tabs, in the order a coach reads a record.</extracomment>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training &amp; jobs</source>
        <translation>Cursos y empleos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity hours</source>
        <translation>Horas de actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barriers</source>
        <translation>Barreras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Parts of the participant&apos;s record</source>
        <translation>Partes del expediente del participante</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title} ({key})</source>
        <translation>{title} ({key})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ctrl+Tab or Ctrl+PgDown: next tab · Alt+1…Alt+0: go to a tab</source>
        <translation>Ctrl+Tab o Ctrl+AvPág: pestaña siguiente · Alt+1…Alt+0: ir a una pestaña</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This participant is no longer on this laptop (removed or merged).</source>
        <translation>Este participante ya no está en esta computadora (fue eliminado o combinado).</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <location filename="../../ui/models/participants.py" line="+58"/>
        <source>Name</source>
        <extracomment>The SQL sort behind a click on this header (None: the column does not sort). Width in average characters; None stretches.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TANF case #</source>
        <translation>Caso TANF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IV-D case #</source>
        <translation>Caso IV-D</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branch</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned coach</source>
        <translation>Coach asignado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>● Not synced</source>
        <translation>● Sin sincronizar</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Changes waiting to be sent to the program&apos;s server</source>
        <extracomment>A page has arrived (the first one after a reload, or one more while scrolling). Loading started (True) or ended (False). How many participants match in all; None until the first page is in.</extracomment>
        <translation>Cambios pendientes de enviar al servidor del programa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to sort by {column}; click again to reverse</source>
        <translation>Haga clic para ordenar por {column}; otra vez para invertir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changes to this person&apos;s records are on this laptop only until you sync.</source>
        <translation>Los cambios en los registros de esta persona están solo en esta computadora hasta que sincronice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click or press Enter to open {name}</source>
        <translation>Haga doble clic o pulse Intro para abrir a {name}</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="+64"/>
        <location line="+71"/>
        <location line="+56"/>
        <source>Participants</source>
        <extracomment>Changes that can alter a row: the person, or any record of theirs (the &quot;not synced&quot; mark).</extracomment>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>&amp;New intake (Ctrl+N)</source>
        <translation>&amp;Nueva admisión (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start an intake for someone new (Ctrl+N)</source>
        <translation>Empezar la admisión de alguien nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My caseload</source>
        <translation>Mis casos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone I can see</source>
        <translation>Todos los visibles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+150"/>
        <source>Any branch</source>
        <translation>Cualquier oficina</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Any group</source>
        <translation>Cualquier grupo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receives TANF</source>
        <translation>Recibe TANF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not on TANF</source>
        <translation>No recibe TANF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clea&amp;r filters</source>
        <translation>Quitar &amp;filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everyone in the chosen list again (Alt+R)</source>
        <translation>Volver a mostrar a todos en la lista elegida (Alt+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose participants to show</source>
        <translation>De quién son los participantes que se muestran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branch:</source>
        <translation>&amp;Oficina:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branch filter</source>
        <translation>Filtro de oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stu&amp;dy group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Study group filter</source>
        <translation>Filtro de grupo del estudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TANF:</source>
        <translation>&amp;TANF:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TANF filter</source>
        <translation>Filtro de TANF</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+133"/>
        <source>Loading participants…</source>
        <translation>Cargando participantes…</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>How many participants are shown</source>
        <translation>Cuántos participantes se muestran</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No participants</source>
        <translation>Sin participantes</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>No participant matches these filters.
Press Clear filters (Alt+R) to see everyone again.</source>
        <translation>Ningún participante coincide con estos filtros.
Pulse Quitar filtros (Alt+F) para volver a ver a todos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No participants are assigned to you on this laptop yet.
Choose “Everyone I can see”, sync to bring your caseload, or start an intake with Ctrl+N.</source>
        <translation>Todavía no tiene participantes asignados en esta computadora.
Elija «Todos los visibles», sincronice para traer sus casos o empiece una admisión con Ctrl+N.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no participants on this laptop yet.
Sync to bring your caseload (F5), or start an intake with Ctrl+N.</source>
        <translation>Todavía no hay participantes en esta computadora.
Sincronice para traer sus casos (F5) o empiece una admisión con Ctrl+N.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No participants to show.</source>
        <translation>No hay participantes para mostrar.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Showing %Ln of {total} participants — scroll down for more.</source>
        <translation>
            <numerusform>Se muestra %Ln de {total} participantes; desplácese hacia abajo para ver más.</numerusform>
            <numerusform>Se muestran %Ln de {total} participantes; desplácese hacia abajo para ver más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Participants shown: %Ln.</source>
        <translation>
            <numerusform>Participantes mostrados: %Ln.</numerusform>
            <numerusform>Participantes mostrados: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading more…</source>
        <translation>Cargando más…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to open someone.</source>
        <translation>Haga doble clic o pulse Intro para abrir a alguien.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The branch chosen before</source>
        <translation>La oficina elegida antes</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/dialogs/intake_pages.py" line="-188"/>
        <source>The person</source>
        <translation>La persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is the participant? Only the fields marked * are needed now; fill in what they choose to share today.</source>
        <translation>¿Quién es el participante? Solo los campos marcados con * son necesarios ahora; complete lo que la persona decida compartir hoy.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example 614-555-0142</source>
        <translation>por ejemplo 614-555-0142</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;First name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Middle name</source>
        <translation>Segundo no&amp;mbre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name *</source>
        <translation>Ape&amp;llido *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;referred name</source>
        <translation>Nombre p&amp;referido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date of birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>C&amp;orreo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line &amp;2</source>
        <translation>Dirección, línea &amp;2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City</source>
        <translation>&amp;Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ZIP code</source>
        <translation>Código &amp;postal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preferred lang&amp;uage</source>
        <translation>&amp;Idioma preferido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gender</source>
        <translation>&amp;Género</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hispanic or Latino</source>
        <translation>&amp;Hispano o latino</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Race</source>
        <translation>Raza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick every one the person reports.</source>
        <translation>Marque todas las que la persona indique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Educa&amp;tion</source>
        <translation>Nivel de est&amp;udios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Veteran</source>
        <translation>&amp;Veterano(a)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Race: {race}</source>
        <translation>Raza: {race}</translation>
    </message>
</context>
<context>
    <name>PersonWords</name>
    <message>
        <location filename="../../ui/widgets/person_words.py" line="+22"/>
        <source>Lead</source>
        <translation>Interesado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited</source>
        <translation>Salió</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Completed the program</source>
        <translation>Completó el programa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Got a job</source>
        <translation>Consiguió empleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved away</source>
        <translation>Se mudó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost contact</source>
        <translation>Se perdió el contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chose to leave</source>
        <translation>Decidió irse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health or family reasons</source>
        <translation>Razones de salud o familiares</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <location line="+22"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Treatment group</source>
        <translation>Grupo de tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control group</source>
        <translation>Grupo de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the study</source>
        <translation>Fuera del estudio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custodial parent</source>
        <translation>Padre o madre con custodia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Non-custodial parent</source>
        <translation>Padre o madre sin custodia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Child</source>
        <translation>Hijo o hija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative caregiver</source>
        <translation>Pariente cuidador</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transportation</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Childcare</source>
        <translation>Cuidado infantil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money / debts</source>
        <translation>Dinero / deudas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>Asuntos legales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical health</source>
        <translation>Salud física</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domestic violence</source>
        <translation>Violencia doméstica</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another gender</source>
        <translation>Otro género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefers not to say</source>
        <translation>Prefiere no decirlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Less than high school</source>
        <translation>Sin terminar la secundaria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High school diploma or GED</source>
        <translation>Diploma de secundaria o GED</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some college</source>
        <translation>Algunos estudios universitarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associate degree</source>
        <translation>Título técnico universitario (Associate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bachelor&apos;s degree or higher</source>
        <translation>Licenciatura o superior</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>PossibleDuplicateDialog</name>
    <message>
        <location filename="../../ui/dialogs/possible_duplicate.py" line="+41"/>
        <source>Already in CoachApp?</source>
        <extracomment>The id of the existing participant the coach chose to open. The coach confirmed this is a different person.</extracomment>
        <translation>¿Ya está en CoachApp?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This may be someone already in CoachApp: the same name and date of birth, or the same case number. Open the existing record instead of creating a second one — or, if this really is a different person, create the new participant.</source>
        <translation>Puede ser alguien que ya está en CoachApp: el mismo nombre y fecha de nacimiento, o el mismo número de caso. Abra el registro existente en lugar de crear otro, o, si de verdad es otra persona, cree el nuevo participante.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People who may be the same person</source>
        <translation>Personas que pueden ser la misma</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open this person</source>
        <translation>&amp;Abrir a esta persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create anyway (a different person)</source>
        <translation>&amp;Crear de todos modos (es otra persona)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go back to the form</source>
        <translation>&amp;Volver al formulario</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/profile.py" line="+81"/>
        <source>&amp;First name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Goes by:</source>
        <translation>Se hace &amp;llamar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name they like to be called, if different.</source>
        <translation>El nombre con el que prefiere que la llamen, si es distinto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Known</source>
        <translation>&amp;Conocida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of &amp;birth:</source>
        <translation>Fec&amp;ha de nacimiento:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gen&amp;der:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Hispanic or Latino:</source>
        <translation>Hi&amp;spano o latino:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Race:</source>
        <translation>Ra&amp;za:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Education:</source>
        <translation>Escola&amp;ridad:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Veteran:</source>
        <translation>&amp;Veterano:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Phone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mail:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two letters, like OH.</source>
        <translation>Dos letras, como OH.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;ZIP code:</source>
        <translation>Có&amp;digo postal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TANF:</source>
        <translation>TANF:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TANF &amp;case #:</source>
        <translation>Caso de T&amp;ANF:</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>M&amp;iddle name:</source>
        <translation>Seg&amp;undo nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ast name:</source>
        <translation>A&amp;pellido:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Preferred language:</source>
        <translation>Idioma preferido:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 2:</source>
        <translation>Dirección (línea 2):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receives TANF</source>
        <translation>Recibe TANF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Child supp&amp;ort (IV-D) case #:</source>
        <translation>Caso de &amp;manutención (IV-D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recruited at:</source>
        <translation>Reclutado en:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save changes  Ctrl+S</source>
        <translation>Guardar cambios  Ctrl+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to the profile (Ctrl+S)</source>
        <translation>Guardar los cambios del perfil (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo changes</source>
        <translation>Deshacer camb&amp;ios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back what is saved</source>
        <translation>Volver a lo que está guardado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact and address</source>
        <translation>Contacto y dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case numbers</source>
        <translation>Números de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the program</source>
        <translation>En el programa</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied: {day}</source>
        <translation>Solicitud: {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolled: {day}</source>
        <translation>Inscripción: {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exited: {day} {reason}</source>
        <translation>Salida: {day} {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Study group: {group}</source>
        <translation>Grupo del estudio: {group}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared with the team: {answer}</source>
        <translation>Compartido con el equipo: {answer}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status changes with “Change status…” at the top.</source>
        <translation>El estado se cambia con «Cambiar estado…» arriba.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was saved. Please correct what is marked.</source>
        <translation>No se guardó nada. Corrija lo que está marcado.</translation>
    </message>
</context>
<context>
    <name>RecordSessionDialog</name>
    <message>
        <location filename="../../ui/dialogs/info_session.py" line="+41"/>
        <source>Record an information session</source>
        <extracomment>The kinds of place where information sessions are held.</extracomment>
        <translation>Registrar una sesión informativa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An information session you held at a DHS branch or TANF office. After saving, add the people who signed up so you can follow up with them.</source>
        <translation>Una sesión informativa que usted dio en una oficina de DHS o de TANF. Después de guardarla, agregue a las personas que se anotaron para poder darles seguimiento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save session</source>
        <translation>&amp;Guardar sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Branch:</source>
        <translation>&amp;Oficina:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;People who came:</source>
        <translation>&amp;Personas que asistieron:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone in the room, whether or not they signed up.</source>
        <translation>Todas las personas presentes, se hayan anotado o no.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;otes (optional):</source>
        <translation>&amp;Notas (opcional):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message>
        <location filename="../../ui/widgets/record_words.py" line="+46"/>
        <source>Participant&apos;s details</source>
        <extracomment>Table → the change kind the bus announces when one of its records changes.</extracomment>
        <translation>Datos del participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household member</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier</source>
        <translation>Barrera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support service</source>
        <translation>Servicio de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Referido</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity hours</source>
        <translation>Horas de actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information session</source>
        <translation>Sesión informativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-up</source>
        <translation>Inscripción a la sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record removed</source>
        <translation>Registro eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (line 2)</source>
        <translation>Dirección (línea 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receives TANF</source>
        <translation>Recibe TANF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TANF case number</source>
        <translation>Número de caso de TANF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child support (IV-D) case number</source>
        <translation>Número de caso de manutención (IV-D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recruitment branch</source>
        <translation>Oficina de reclutamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned coach</source>
        <translation>Coach asignado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Follow-up owner</source>
        <translation>Responsable del seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly income</source>
        <translation>Ingreso anual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly wage</source>
        <translation>Salario por hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household size</source>
        <translation>Tamaño del hogar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Agencia asociada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Fuente de financiamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/dialogs/referral.py" line="-338"/>
        <source>New referral</source>
        <translation>Nuevo referido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refer the participant to a partner agency. Name who owes the follow-up and by when; it shows on the referral tracker and on Today until it is closed.</source>
        <translation>Refiera al participante a una agencia asociada. Indique quién debe hacer el seguimiento y para cuándo; aparece en el seguimiento de referidos y en Hoy hasta que se cierre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send referral</source>
        <translation>&amp;Enviar referido</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+86"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>What the participant needs from the agency</source>
        <translation>Lo que el participante necesita de la agencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If the agency has one (e.g. the IV-D case)</source>
        <translation>Si la agencia tiene uno (p. ej., el caso IV-D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gency</source>
        <translation>A&amp;gencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up &amp;owner</source>
        <translation>&amp;Responsable del seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s ro&amp;le</source>
        <translation>F&amp;unción del responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up &amp;due</source>
        <translation>&amp;Vencimiento del seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral da&amp;te</source>
        <translation>&amp;Fecha del referido</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Consent signed o&amp;n</source>
        <translation>Consentimiento firmado e&amp;l</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the signed consent and re&amp;fer</source>
        <translation>Registrar el consentimiento firmado y refer&amp;ir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only if the participant has signed the release for this agency (Alt+F)</source>
        <translation>Solo si el participante firmó la autorización para esta agencia (Alt+I)</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Agency &amp;case number</source>
        <translation>Número de &amp;caso en la agencia</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Why the referral was not sent</source>
        <translation>Por qué no se envió el referido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Has an end date</source>
        <translation>Tiene fecha de fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it &amp;allows</source>
        <translation>Lo que permi&amp;te</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpires</source>
        <translation>Ve&amp;nce</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Needs the participant&apos;s signed consent for this agency.</source>
        <translation>Necesita el consentimiento firmado del participante para esta agencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No consent form is needed for this agency.</source>
        <translation>Esta agencia no necesita formulario de consentimiento.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>this agency</source>
        <translation>esta agencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent yet: a referral to {program} needs the participant&apos;s signed consent for that agency ({agency}), and none is on file. If the participant has signed the release, record it below and the referral is sent. If not, have them sign it first (or record it on the participant&apos;s Profile/Household tab), then try again.</source>
        <translation>Aún no se envió: un referido a {program} necesita el consentimiento firmado del participante para esa agencia ({agency}), y no hay ninguno registrado. Si el participante firmó la autorización, regístrela abajo y el referido se envía. Si no, pídale que la firme primero (o regístrela en la pestaña Perfil/Hogar del participante) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The consent is recorded, but it was signed after this date. Use a referral date on or after the day it was signed, then send.</source>
        <translation>El consentimiento quedó registrado, pero se firmó después de esta fecha. Use una fecha de referido igual o posterior al día en que se firmó y luego envíe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The consent is recorded; correct what is marked, then send.</source>
        <translation>El consentimiento quedó registrado; corrija lo marcado y luego envíe.</translation>
    </message>
</context>
<context>
    <name>ReferralStatusDialog</name>
    <message>
        <location line="+33"/>
        <source>Change the referral&apos;s status</source>
        <translation>Cambiar el estado del referido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{program} referral to {agency}, follow-up due {due} ({owner}).</source>
        <translation>Referido de {program} a {agency}, seguimiento para el {due} ({owner}).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What came of it (needed when completed)</source>
        <translation>Qué resultó (necesario al completarlo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New s&amp;tatus</source>
        <translation>&amp;Nuevo estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <location line="-325"/>
        <source>Pick a coach, or type the name of a DHS family coach or agency contact.</source>
        <extracomment>How long a follow-up is given by default.</extracomment>
        <translation>Elija un coach, o escriba el nombre de un coach familiar de DHS o de un contacto de la agencia.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../../ui/pages/referrals.py" line="+40"/>
        <location line="+94"/>
        <source>Referral tracker</source>
        <translation>Seguimiento de referidos</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Referrals across your caseload, soonest follow-up first. Overdue ones are highlighted and say how late they are. Enter opens the participant.</source>
        <translation>Los referidos de todos sus casos, primero el seguimiento más próximo. Los vencidos se resaltan y dicen cuánto se atrasaron. Intro abre al participante.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everyone&apos;s follow-ups</source>
        <translation>Seguimientos de todos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-ups I own</source>
        <translation>Mis seguimientos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this week</source>
        <translation>Vencen esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Whose</source>
        <translation>&amp;De quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Update status…</source>
        <translation>Cambiar &amp;estado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected referral in progress, completed, declined… (Alt+U)</source>
        <translation>Marcar el referido elegido como en curso, completado, rechazado… (Alt+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hand over follow-up…</source>
        <translation>Tras&amp;pasar seguimiento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the follow-up to another person or change its date (Alt+H)</source>
        <translation>Dar el seguimiento a otra persona o cambiar su fecha (Alt+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open participant</source>
        <translation>&amp;Abrir participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the participant&apos;s Referrals tab (Enter)</source>
        <translation>Abrir la pestaña Referidos del participante (Intro)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up owner</source>
        <translation>Responsable del seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referrals in your caseload</source>
        <translation>Referidos de sus casos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{status} on {day}</source>
        <translation>{status} el {day}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No referrals here. “Follow-ups I own” lists referrals where you are the follow-up owner; choose “Everyone&apos;s follow-ups” to see the rest. To make a referral, find the participant (Ctrl+K), open their Referrals tab and press Ctrl+Shift+R.</source>
        <translation>No hay referidos aquí. «Mis seguimientos» muestra los referidos en los que usted es responsable del seguimiento; elija «Seguimientos de todos» para ver el resto. Para hacer un referido, busque al participante (Ctrl+K), abra su pestaña Referidos y pulse Ctrl+Shift+R.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No referrals here. To make a referral, find the participant (Ctrl+K), open their Referrals tab and press Ctrl+Shift+R.</source>
        <translation>No hay referidos aquí. Para hacer un referido, busque al participante (Ctrl+K), abra su pestaña Referidos y pulse Ctrl+Shift+R.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n referral(s) shown</source>
        <translation>
            <numerusform>Se muestra %n referido</numerusform>
            <numerusform>Se muestran %n referidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n vencido</numerusform>
            <numerusform>, %n vencidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/referrals.py" line="+29"/>
        <location line="+50"/>
        <location line="+27"/>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Referrals to child support, child welfare prevention, employment, behavioral health, housing and DV services, each with the person who owes the follow-up.</source>
        <translation>Referidos a manutención infantil, prevención de bienestar infantil, empleo, salud conductual, vivienda y servicios contra la violencia doméstica, cada uno con la persona que debe hacer el seguimiento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;referral…  ({keys})</source>
        <translation>Nuevo &amp;referido…  ({keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new referral ({keys})</source>
        <translation>Hacer un nuevo referido ({keys})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Update status…</source>
        <translation>Act&amp;ualizar estado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected referral in progress, completed, declined… (Alt+U)</source>
        <translation>Marcar el referido elegido como en curso, completado, rechazado… (Alt+U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hand over follow-up…</source>
        <translation>Tras&amp;pasar seguimiento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the follow-up to another person or change its date (Alt+H)</source>
        <translation>Dar el seguimiento a otra persona o cambiar su fecha (Alt+P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up owner</source>
        <translation>Responsable del seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No referrals yet. Press “New referral” ({keys}) to refer the participant to a partner agency.</source>
        <translation>Todavía no hay referidos. Pulse «Nuevo referido» ({keys}) para referir al participante a una agencia asociada.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{status} on {day}</source>
        <translation>{status} el {day}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{open} open, {late} overdue, {all} in all</source>
        <translation>{open} abiertos, {late} vencidos, {all} en total</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="+82"/>
        <source>Enrollment against goal over time</source>
        <translation>Inscripciones frente a la meta a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of enrollments by month against the goal</source>
        <translation>Gráfico de inscripciones por mes frente a la meta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enrolled that month</source>
        <translation>Inscritos ese mes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrolled so far</source>
        <translation>Inscritos hasta ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal line</source>
        <translation>Línea de la meta</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Support spend by funding source</source>
        <translation>Gasto en apoyos por fuente de financiamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of support services spend by funding source</source>
        <translation>Gráfico del gasto en servicios de apoyo por fuente de financiamiento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved, not yet paid</source>
        <translation>Aprobado, aún sin pagar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No spend</source>
        <translation>Sin gasto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Referral status by program</source>
        <translation>Estado de los referidos por programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of referral status by program referred to</source>
        <translation>Gráfico del estado de los referidos por programa de destino</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open, not yet due</source>
        <translation>Abiertos, aún no vencen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this week</source>
        <translation>Vencen esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on time</source>
        <translation>Cerrados a tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed late</source>
        <translation>Cerrados tarde</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No referrals</source>
        <translation>Sin referidos</translation>
    </message>
</context>
<context>
    <name>ReportDefinitions</name>
    <message>
        <location filename="../../ui/report_definitions.py" line="+15"/>
        <source>(1) Enrollees: participants whose enrollment date falls in the period.</source>
        <translation>(1) Inscritos: participantes cuya fecha de inscripción cae en el período.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants served: enrolled on or before the period&apos;s last day and not exited before its first day. The denominator of (2) and (3).</source>
        <translation>Participantes atendidos: inscritos el último día del período o antes, y que no salieron antes del primer día. Es el denominador de (2) y (3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(2) Served participants with a training course completed whose end date (the expected end date if none was recorded) falls in the period. Percent of participants served.</source>
        <translation>(2) Participantes atendidos con un curso de capacitación completado cuya fecha de fin (la prevista, si no se registró ninguna) cae en el período. Porcentaje de los participantes atendidos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(3) Served participants who earned a credential on a day in the period. Percent of participants served.</source>
        <translation>(3) Participantes atendidos que obtuvieron una credencial en un día del período. Porcentaje de los participantes atendidos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exiters: participants who were enrolled and whose exit date falls in the period. Someone who left as a lead or applicant is not an exiter. The denominator of (4) and (5).</source>
        <translation>Egresados: participantes que estaban inscritos y cuya fecha de salida cae en el período. Quien se fue siendo interesado o solicitante no es egresado. Es el denominador de (4) y (5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(4) Exiters holding a job on their exit date. One job each: a health-care job first, then the one with more weekly hours, then the higher wage. Percent of exiters.</source>
        <translation>(4) Egresados con empleo en su fecha de salida. Un empleo por persona: primero uno de salud, luego el de más horas semanales, luego el de mayor salario. Porcentaje de los egresados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(5) Exiters whose job on their exit date is in a health occupation. Percent of exiters.</source>
        <translation>(5) Egresados cuyo empleo en la fecha de salida es una ocupación de salud. Porcentaje de los egresados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exiters followed up: their six-month window (152 to 212 days after exit) has closed by the as-of day. The denominator of (6) and (7); later exiters are counted once their window closes.</source>
        <translation>Egresados con seguimiento: su período de seis meses (de 152 a 212 días después de la salida) ya cerró en la fecha de corte. Es el denominador de (6) y (7); los egresados posteriores se cuentan cuando cierra su período.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(6) Followed-up exiters holding a job at any time from 152 to 212 days after exit (six months, give or take 30 days). Percent of exiters followed up.</source>
        <translation>(6) Egresados con seguimiento que tuvieron empleo en algún momento de 152 a 212 días después de la salida (seis meses, con 30 días de margen). Porcentaje de los egresados con seguimiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(7) Followed-up exiters whose six-month job is in a health occupation. Percent of exiters followed up.</source>
        <translation>(7) Egresados con seguimiento cuyo empleo a los seis meses es una ocupación de salud. Porcentaje de los egresados con seguimiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(8) Of those in (7): the six-month job is marked &apos;advanced in position&apos;, or its hourly wage is higher than the wage of the job held at exit. Percent of those in (7).</source>
        <translation>(8) De los de (7): el empleo a los seis meses está marcado como «ascenso», o su salario por hora es mayor que el del empleo que tenían al salir. Porcentaje de los de (7).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average hourly wage of the jobs counted above, one job per person.</source>
        <translation>Salario por hora promedio de los empleos contados arriba, un empleo por persona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average weekly hours of the jobs counted above, one job per person.</source>
        <translation>Horas semanales promedio de los empleos contados arriba, un empleo por persona.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The enrollment goal for the chosen team and branch (none chosen: the program-wide goal, or the teams&apos; goals added up) whose dates overlap the period.</source>
        <translation>La meta de inscripción del equipo y la oficina elegidos (si no se elige ninguno: la meta de todo el programa, o la suma de las metas de los equipos) cuyas fechas coinciden con el período.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The goal&apos;s own first and last day: enrollments are counted over them.</source>
        <translation>El primer y el último día de la propia meta: las inscripciones se cuentan entre ellos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrollment dates from the goal&apos;s first day to the as-of day (or the goal&apos;s last day, if that came first), for the filters chosen.</source>
        <translation>Fechas de inscripción desde el primer día de la meta hasta la fecha de corte (o el último día de la meta, si fue antes), con los filtros elegidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrolled so far, as a percent of the goal.</source>
        <translation>Inscritos hasta ahora, como porcentaje de la meta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where a straight line from 0 on the goal&apos;s first day to the goal on its last day stands on the as-of day (rounded down).</source>
        <translation>Dónde está, en la fecha de corte, una línea recta que va de 0 el primer día de la meta hasta la meta en su último día (redondeado hacia abajo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On track when enrolled so far is at least the expected number.</source>
        <translation>Va bien cuando los inscritos hasta ahora son al menos los esperados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollments still needed to reach the goal.</source>
        <translation>Inscripciones que aún faltan para llegar a la meta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after the as-of day up to the goal&apos;s last day.</source>
        <translation>Días después de la fecha de corte hasta el último día de la meta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrollments still needed divided by the weeks left. Blank once the goal&apos;s end has passed.</source>
        <translation>Inscripciones que faltan divididas entre las semanas que quedan. En blanco cuando ya pasó el fin de la meta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrollments still needed divided by the months (30.44 days) left.</source>
        <translation>Inscripciones que faltan divididas entre los meses (de 30.44 días) que quedan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrollments each month, the running total, and where the straight line to the goal stands at the month&apos;s end.</source>
        <translation>Inscripciones de cada mes, el total acumulado y dónde está la línea recta hacia la meta al final del mes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Support services whose own period starts in the reporting period. Spend is money on services paid, and apart, approved but not yet paid; requested, denied and cancelled services are not spend.</source>
        <translation>Servicios de apoyo cuyo propio período empieza en el período del informe. El gasto es el dinero de los servicios pagados y, aparte, de los aprobados aún sin pagar; los servicios solicitados, denegados y cancelados no son gasto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Services recorded although the coach was warned that another funder already paid for the same support in the same period (the record keeps why).</source>
        <translation>Servicios registrados aunque se avisó al coach de que otro financiador ya pagaba el mismo apoyo en el mismo período (el registro guarda el motivo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of those, the ones where this service or the one it duplicates is paid by a DHS / TANF funding source.</source>
        <translation>De ellos, aquellos en los que este servicio o el que duplica lo paga una fuente de DHS / TANF.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Referrals made on a day in the period.</source>
        <translation>Referidos hechos en un día del período.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on or before the snapshot day and not closed by it (the as-of day, or the period&apos;s last day when the period is over).</source>
        <translation>Hechos el día de corte o antes, y sin cerrar en esa fecha (la fecha de corte, o el último día del período si ya terminó).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open, and due from the snapshot day to that week&apos;s Sunday.</source>
        <translation>Abiertos, y que vencen desde el día de corte hasta el domingo de esa semana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, and due before the snapshot day.</source>
        <translation>Abiertos, y vencidos antes del día de corte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed (completed, declined or cancelled) on a day in the period on or before the due date, of all those closed in the period.</source>
        <translation>Cerrados (completados, rechazados o cancelados) en un día del período, en la fecha de vencimiento o antes, de todos los cerrados en el período.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person who owes the follow-up. Referrals the participants follow up themselves are counted together, without names.</source>
        <translation>La persona que debe hacer el seguimiento. Los referidos a los que los propios participantes dan seguimiento se cuentan juntos, sin nombres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weeks (Monday to Sunday) that overlap the period and ended before the as-of day; the week in progress is left out.</source>
        <translation>Semanas (de lunes a domingo) que coinciden con el período y terminaron antes de la fecha de corte; la semana en curso no se cuenta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participants enrolled on some day of the week whose TANF unit has a parent in it (a unit with no parent has no work requirement).</source>
        <translation>Participantes inscritos algún día de la semana cuya unidad de TANF incluye a un padre o madre (una unidad sin padres no tiene requisito de trabajo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Of them, with any activity hours recorded for the week.</source>
        <translation>De ellos, los que tienen horas de actividad registradas en la semana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of them, meeting their family&apos;s weekly requirement (45 CFR 261): single parent 30 hours (20 core); with a child under 6, 20 core; two parents 35 (30 core); two parents with federally funded childcare 55 (50 core). Someone with no hours recorded does not meet it.</source>
        <translation>De ellos, los que cumplen el requisito semanal de su familia (45 CFR 261): madre o padre solo, 30 horas (20 básicas); con un hijo menor de 6 años, 20 básicas; dos padres, 35 (30 básicas); dos padres con cuidado infantil con fondos federales, 55 (50 básicas). Quien no tiene horas registradas no lo cumple.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participant-weeks meeting the requirement over participant-weeks enrolled, over all the weeks. The TANF column is the work participation figure.</source>
        <translation>Semanas-participante que cumplen el requisito sobre semanas-participante inscritas, en todas las semanas. La columna TANF es la tasa de participación laboral.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participants on the caseload in the period (first seen by its last day and not exited before its first day), by their status today.</source>
        <translation>Participantes de los casos en el período (registrados por primera vez hasta su último día y sin salir antes de su primer día), según su estado hoy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People recruited at the branch in the period (applied in the period; a lead: record made in the period).</source>
        <translation>Personas reclutadas en la oficina en el período (que presentaron solicitud en el período; un interesado: registro hecho en el período).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People from the branch who enrolled in the period.</source>
        <translation>Personas de la oficina que se inscribieron en el período.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The DHS branch or TANF office the participants were recruited at, and the team that adopted it. Every adopted branch is listed, even with nobody.</source>
        <translation>La oficina de DHS o de TANF donde se reclutó a los participantes, y el equipo que la adoptó. Se listan todas las oficinas adoptadas, aunque no haya nadie.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../ui/reports_export.py" line="+49"/>
        <source>Program</source>
        <extracomment>Spreadsheets run a cell starting with one of these as a formula; names typed by people (a partner&apos;s contact, a branch) are kept as text.</extracomment>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Reporting period</source>
        <translation>Período del informe</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>Who is counted</source>
        <translation>A quién se cuenta</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>As of</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worked out</source>
        <translation>Calculado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Headline figures</source>
        <translation>Cifras principales</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Program report</source>
        <translation>Informe del programa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worked out {when} from the records on this laptop.</source>
        <translation>Calculado {when} con los registros de esta computadora.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>What the HPOG indicators count</source>
        <translation>Qué cuentan los indicadores de HPOG</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>CoachApp could not save the report in {folder}: {reason}. Choose another folder.</source>
        <translation>CoachApp no pudo guardar el informe en {folder}: {reason}. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>ReportExports</name>
    <message>
        <location filename="../../ui/pages/reports_exporting.py" line="+43"/>
        <source>Save the report as a spreadsheet</source>
        <translation>Guardar el informe como hoja de cálculo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the report as a PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{program} report, {period}</source>
        <translation>Informe de {program}, {period}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report {start} to {end}</source>
        <translation>Informe del {start} al {end}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the report…</source>
        <translation>Guardando el informe…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved {name} in {folder}. The export is recorded in the audit trail.</source>
        <translation>Se guardó {name} en {folder}. La exportación queda registrada en el historial de auditoría.</translation>
    </message>
</context>
<context>
    <name>ReportFiltersBar</name>
    <message>
        <location filename="../../ui/pages/reports_filters.py" line="+49"/>
        <source>This month</source>
        <extracomment>Choices asked for (after a lock) before the lists they are in had arrived.</extracomment>
        <translation>Este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program year</source>
        <translation>Año del programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates I choose</source>
        <translation>Fechas que elijo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>First day of the period</source>
        <translation>Primer día del período</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Last day of the period</source>
        <translation>Último día del período</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+62"/>
        <source>All coaches</source>
        <translation>Todos los coaches</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+67"/>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+72"/>
        <source>All branches and offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>All study groups</source>
        <translation>Todos los grupos del estudio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Period</source>
        <translation>&amp;Período</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reporting period</source>
        <translation>Período del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Coach</source>
        <translation>&amp;Coach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned coach</source>
        <translation>Coach asignado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;am</source>
        <translation>Eq&amp;uipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DHS &amp;branch</source>
        <translation>&amp;Oficina de DHS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DHS branch or office recruited at</source>
        <translation>Oficina de DHS donde se reclutó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stud&amp;y group</source>
        <translation>&amp;Grupo del estudio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Study group</source>
        <translation>Grupo del estudio</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <location filename="../../ui/pages/reports_sections.py" line="+102"/>
        <source>HPOG &amp;indicators</source>
        <extracomment>Tables that can run long (a week a line) scroll after this many rows.</extracomment>
        <translation>&amp;Indicadores de HPOG</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;nrollment goal</source>
        <translation>Meta de i&amp;nscripción</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>S&amp;upport spend</source>
        <translation>Gasto en &amp;apoyos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Referra&amp;ls</source>
        <translation>R&amp;eferidos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Work participation</source>
        <translation>Participación &amp;laboral</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cas&amp;eload</source>
        <translation>Ca&amp;sos</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../ui/reports_tables.py" line="+53"/>
        <source>HPOG performance indicators</source>
        <translation>Indicadores de desempeño de HPOG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment against goal</source>
        <translation>Inscripciones frente a la meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support services spend</source>
        <translation>Gasto en servicios de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral timeliness</source>
        <translation>Puntualidad de los referidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TANF work participation</source>
        <translation>Participación laboral de TANF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caseload</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open and overdue referrals, six-month results and the pace to the goal as of {day}</source>
        <translation>Referidos abiertos y vencidos, resultados a seis meses y el ritmo hacia la meta al {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open and overdue referrals as they stood on {end}; six-month results and the pace to the goal as of {day}</source>
        <translation>Referidos abiertos y vencidos tal como estaban el {end}; resultados a seis meses y el ritmo hacia la meta al {day}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>enrolled · no goal set</source>
        <translation>inscritos · sin meta definida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} of a goal of {goal}</source>
        <translation>{n} de una meta de {goal}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enrollees</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} TANF recipients</source>
        <translation>{n} beneficiarios de TANF</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+154"/>
        <source>Enrollment goal</source>
        <translation>Meta de inscripción</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Completed training</source>
        <translation>Capacitación completada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} of {of} served</source>
        <translation>{n} de {of} atendidos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Employed at exit</source>
        <translation>Con empleo al salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} of {of} exiters · {wage} an hour</source>
        <translation>{n} de {of} egresados · {wage} por hora</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Support spend</source>
        <translation>Gasto en apoyos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} services paid or approved</source>
        <translation>{n} servicios pagados o aprobados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue referrals</source>
        <translation>Referidos vencidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of {n} open</source>
        <translation>de {n} abiertos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>average hourly wage</source>
        <translation>salario por hora promedio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>average weekly hours</source>
        <translation>horas semanales promedio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(1) Enrollees</source>
        <translation>(1) Inscritos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants served</source>
        <translation>Participantes atendidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(2) Completed training</source>
        <translation>(2) Completaron la capacitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(3) Earned a credential</source>
        <translation>(3) Obtuvieron una credencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exiters</source>
        <translation>Egresados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(4) Employed at exit</source>
        <translation>(4) Con empleo al salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(5) Employed at exit in a health occupation</source>
        <translation>(5) Con empleo al salir en una ocupación de salud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exiters followed up six months</source>
        <translation>Egresados con seguimiento a seis meses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(6) Employed six months after exit</source>
        <translation>(6) Con empleo seis meses después de salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(7) Employed six months after exit in a health occupation</source>
        <translation>(7) Con empleo seis meses después de salir en una ocupación de salud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(8) Wage rose or advanced in position by six months</source>
        <translation>(8) Subió su salario o ascendió en seis meses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out of</source>
        <translation>De un total de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HPOG performance indicators (1)–(8)</source>
        <translation>Indicadores de desempeño de HPOG (1)–(8)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“Out of” is the denominator of each percent.</source>
        <translation>«De un total de» es el denominador de cada porcentaje.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+44"/>
        <source>All participants</source>
        <translation>Todos los participantes</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+43"/>
        <source>TANF recipients</source>
        <translation>Beneficiarios de TANF</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TANF</source>
        <translation>TANF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No goal set</source>
        <translation>Sin meta definida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal dates</source>
        <translation>Fechas de la meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolled so far</source>
        <translation>Inscritos hasta ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Percent of goal</source>
        <translation>Porcentaje de la meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected by now</source>
        <translation>Esperados a la fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On track</source>
        <translation>Va bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still needed</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needed per week</source>
        <translation>Necesarios por semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needed per month</source>
        <translation>Necesarios por mes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress toward the goal</source>
        <translation>Avance hacia la meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enrollment by month</source>
        <translation>Inscripciones por mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running total</source>
        <translation>Total acumulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal line</source>
        <translation>Línea de la meta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No months to show for this period.</source>
        <translation>No hay meses para mostrar en este período.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="+87"/>
        <location line="+103"/>
        <source>Reports</source>
        <extracomment>Record kinds whose change can move a figure on this page. Filters are typed a key at a time; the figures are worked out once the coach pauses.</extracomment>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Your program&apos;s figures for a period, for all participants and for TANF recipients side by side. Hover over a figure to read exactly what it counts.</source>
        <translation>Las cifras de su programa para un período, de todos los participantes y de los beneficiarios de TANF, lado a lado. Pase el puntero sobre una cifra para leer exactamente qué cuenta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Recalculate</source>
        <translation>&amp;Recalcular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work the figures out again from this laptop&apos;s records ({keys})</source>
        <translation>Volver a calcular las cifras con los registros de esta computadora ({keys})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export sprea&amp;dsheet (CSV)…</source>
        <translation>E&amp;xportar hoja de cálculo (CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every table as a CSV file where you choose ({keys})</source>
        <translation>Guardar cada tabla como archivo CSV donde usted elija ({keys})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport PDF…</source>
        <translation>Exportar PD&amp;F…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a PDF: a one-page summary, then the tables ({keys})</source>
        <translation>Guardar un PDF: un resumen de una página y luego las tablas ({keys})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Progress of the figures being worked out</source>
        <translation>Avance del cálculo de las cifras</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the page is doing</source>
        <translation>Lo que está haciendo la página</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How up to date the figures are</source>
        <translation>Qué tan actualizadas están las cifras</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working out your program&apos;s figures… They appear here in a moment.</source>
        <translation>Calculando las cifras de su programa… Aparecerán aquí en un momento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody on this laptop is counted for this period and these filters. Choose a longer period (Program year) or “All …” in the filters, or sync (F5) to bring in your program&apos;s records.</source>
        <translation>No se cuenta a nadie de esta computadora para este período y estos filtros. Elija un período más largo (Año del programa) o «Todos…» en los filtros, o sincronice (F5) para traer los registros de su programa.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Working out the figures…</source>
        <translation>Calculando las cifras…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Worked out {group} ({done} of {total})…</source>
        <translation>Calculado: {group} ({done} de {total})…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the HPOG indicators</source>
        <translation>los indicadores de HPOG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enrollment against goal</source>
        <translation>las inscripciones frente a la meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support spend</source>
        <translation>el gasto en apoyos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referral timeliness</source>
        <translation>la puntualidad de los referidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TANF work participation</source>
        <translation>Participación laboral de TANF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the caseload</source>
        <translation>los casos</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The figures could not be worked out.</source>
        <translation>No se pudieron calcular las cifras.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HPOG program</source>
        <translation>Programa HPOG</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>These figures were worked out at {worked}, before the last sync ({synced}): what it brought in is not counted yet.</source>
        <translation>Estas cifras se calcularon a las {worked}, antes de la última sincronización ({synced}): lo que trajo todavía no se cuenta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working them out again…</source>
        <translation>Volviendo a calcularlas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Recalculate ({keys}).</source>
        <translation>Pulse Recalcular ({keys}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worked out at {worked} from the records on this laptop. This laptop has not synced yet, so only what was recorded on it is counted.</source>
        <translation>Calculado a las {worked} con los registros de esta computadora. Esta computadora todavía no ha sincronizado, así que solo se cuenta lo que se registró en ella.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Worked out at {worked} from the records on this laptop, as of its last sync ({synced}). What other coaches recorded since then is not counted.</source>
        <translation>Calculado a las {worked} con los registros de esta computadora, según su última sincronización ({synced}). Lo que otros coaches registraron desde entonces no se cuenta.</translation>
    </message>
</context>
<context>
    <name>ResolveBarrierDialog</name>
    <message>
        <location filename="../../ui/dialogs/barrier.py" line="+33"/>
        <source>Mark a barrier resolved</source>
        <translation>Marcar una barrera como resuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{barrier}, identified {day}.</source>
        <translation>{barrier}, identificada el {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark resolved</source>
        <translation>&amp;Marcar como resuelta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Resolved on:</source>
        <translation>&amp;Resuelta el:</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="+25"/>
        <source>Find a participant: name or case number  (Ctrl+K)</source>
        <extracomment>Emitted with the participant id the coach picked. Emitted when results for the current text are on screen (for tests and the benchmark).</extracomment>
        <translation>Buscar participante: nombre o número de caso  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a participant</source>
        <translation>Buscar participante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No participant matches “{q}”.</source>
        <translation>Ningún participante coincide con «{q}».</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../ui/pages/services.py" line="+42"/>
        <source>This month</source>
        <extracomment>Services nobody pays for: left out of the money totals.</extracomment>
        <translation>Este mes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next month</source>
        <translation>El mes próximo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+104"/>
        <source>Support services</source>
        <translation>Servicios de apoyo</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Every support service in your caseload. Double-click a row (or press Enter) to open the participant&apos;s Services tab.</source>
        <translation>Todos los servicios de apoyo de sus casos. Haga doble clic en una fila (o pulse Intro) para abrir la pestaña Servicios del participante.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+103"/>
        <source>All types</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+107"/>
        <source>All funders</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Any status</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period</source>
        <translation>&amp;Período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid &amp;by</source>
        <translation>Pagado p&amp;or</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open participant</source>
        <translation>&amp;Abrir participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected participant&apos;s Services tab (Enter)</source>
        <translation>Abrir la pestaña Servicios del participante elegido (Intro)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of support</source>
        <translation>Tipo de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation>Pagado por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Support services in your caseload</source>
        <translation>Servicios de apoyo de sus casos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Totals of the services shown</source>
        <translation>Totales de los servicios mostrados</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Also paid elsewhere — reason: {reason}</source>
        <translation>También lo paga otro financiador; motivo: {reason}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No support services match these filters. Try “Any time”, or record one: find the participant (Ctrl+K), open their Services tab and press Ctrl+Shift+S.</source>
        <translation>Ningún servicio de apoyo coincide con estos filtros. Pruebe «Cualquier fecha» o registre uno: busque al participante (Ctrl+K), abra su pestaña Servicios y pulse Ctrl+Shift+S.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n service(s) shown · {amount} requested, approved or paid</source>
        <translation>
            <numerusform>Se muestra %n servicio · {amount} solicitados, aprobados o pagados</numerusform>
            <numerusform>Se muestran %n servicios · {amount} solicitados, aprobados o pagados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/services.py" line="+34"/>
        <location line="+58"/>
        <source>Support services</source>
        <extracomment>Services nobody pays for: left out of the total.</extracomment>
        <translation>Servicios de apoyo</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Childcare, transport, car repair, tuition and other supports, and who pays. CoachApp warns you before paying for something DHS already pays for.</source>
        <translation>Cuidado infantil, transporte, reparación de auto, matrícula y otros apoyos, y quién los paga. CoachApp le avisa antes de pagar algo que DHS ya paga.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Record a support service…  ({keys})</source>
        <translation>&amp;Registrar un servicio de apoyo…  ({keys})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a support service ({keys})</source>
        <translation>Registrar un servicio de apoyo ({keys})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mark as…</source>
        <translation>&amp;Marcar como…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected service approved, paid, denied or cancelled (Alt+M)</source>
        <translation>Marcar el servicio elegido como aprobado, pagado, denegado o cancelado (Alt+M)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type of support</source>
        <translation>Tipo de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation>Pagado por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No support services recorded yet. Press “Record a support service” ({keys}) to add childcare, transport or another support.</source>
        <translation>Todavía no hay servicios de apoyo registrados. Pulse «Registrar un servicio de apoyo» ({keys}) para agregar cuidado infantil, transporte u otro apoyo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also paid elsewhere — reason: {reason}</source>
        <translation>También lo paga otro financiador; motivo: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n service(s) · {amount} requested, approved or paid</source>
        <translation>
            <numerusform>%n servicio · {amount} solicitados, aprobados o pagados</numerusform>
            <numerusform>%n servicios · {amount} solicitados, aprobados o pagados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Mark as {status}</source>
        <translation>Marcar como {status}</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../../ui/pages/sessions.py" line="+42"/>
        <source>Not contacted yet</source>
        <translation>Aún sin contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Became a participant</source>
        <translation>Se hizo participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not interested</source>
        <translation>No le interesa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branch</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Came</source>
        <translation>Asistieron</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed up</source>
        <translation>Anotados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TANF</source>
        <translation>TANF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location line="+40"/>
        <location line="+25"/>
        <source>Information sessions</source>
        <translation>Sesiones informativas</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&amp;Record a session…</source>
        <translation>&amp;Registrar una sesión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a session you held at a DHS branch (Alt+R)</source>
        <translation>Registrar una sesión que usted dio en una oficina de DHS (Alt+R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record each session you hold at a branch, add the people who signed up, and start a sign-up&apos;s intake when they are ready: what they wrote on the sheet is carried over.</source>
        <translation>Registre cada sesión que dé en una oficina, agregue a las personas que se anotaron y empiece la admisión de cada una cuando esté lista: lo que escribió en la hoja se traslada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No information sessions recorded yet.
After a session at a branch, press Record a session (Alt+R).</source>
        <translation>Todavía no hay sesiones informativas registradas.
Después de una sesión en una oficina, pulse Registrar una sesión (Alt+R).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+124"/>
        <source>Sign-&amp;ups</source>
        <translation>A&amp;notados</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>People who signed up</source>
        <translation>Personas que se anotaron</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add sign-up…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add someone from this session&apos;s sign-up sheet (Alt+A)</source>
        <translation>Agregar a alguien de la hoja de inscripción de esta sesión (Alt+A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+149"/>
        <source>Start &amp;intake</source>
        <translation>Empezar a&amp;dmisión</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Start the intake of the selected sign-up with their details filled in (Alt+I, or Enter)</source>
        <translation>Empezar la admisión de la persona elegida con sus datos ya puestos (Alt+D, o Intro)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark &amp;contacted</source>
        <translation>Marcar &amp;contactado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have reached this person (Alt+C)</source>
        <translation>Ya habló con esta persona (Alt+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ot interested</source>
        <translation>N&amp;o le interesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person does not want to go on (Alt+O)</source>
        <translation>Esta persona no quiere continuar (Alt+O)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a session to see who signed up.</source>
        <translation>Elija una sesión para ver quién se anotó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-&amp;ups at {branch}, {day}</source>
        <translation>A&amp;notados en {branch}, {day}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nobody from this session is listed yet.
Press Add sign-up (Alt+A) for each name on the sign-up sheet.</source>
        <translation>Todavía no hay nadie de esta sesión en la lista.
Pulse Agregar (Alt+A) por cada nombre de la hoja de inscripción.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open &amp;participant</source>
        <translation>Abrir &amp;participante</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Session at {branch} recorded. Now add the people who signed up.</source>
        <translation>Sesión en {branch} registrada. Ahora agregue a las personas que se anotaron.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} added.</source>
        <translation>{name} agregado.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="+50"/>
        <source>Settings and about</source>
        <translation>Configuración e información</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CoachApp shows the new language the next time it starts.</source>
        <translation>CoachApp mostrará el nuevo idioma la próxima vez que se abra.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear después de estos minutos sin uso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CoachApp locks itself when nobody has used it for this long, so no one else can read participants&apos; records on an unattended laptop.</source>
        <translation>CoachApp se bloquea cuando nadie lo ha usado durante este tiempo, para que nadie más pueda leer los registros de los participantes en una computadora desatendida.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set by your administrator</source>
        <translation>Definido por su administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Set by your administrator.</source>
        <translation>Definido por su administrador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your choices</source>
        <translation>Sus preferencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock &amp;after</source>
        <translation>Bloquear &amp;después de</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About CoachApp on this laptop</source>
        <translation>Acerca de CoachApp en esta computadora</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Signed in as</source>
        <translation>Sesión de</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Device id</source>
        <translation>Identificador del equipo</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Log folder</source>
        <translation>Carpeta de registros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support may ask for the version and the device id. The data folder holds the encrypted database; the logs hold no participant information.</source>
        <translation>Soporte técnico puede pedirle la versión y el identificador del equipo. La carpeta de datos contiene la base de datos cifrada; los registros no contienen información de participantes.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your administrator has set this; it cannot be changed here.</source>
        <translation>Su administrador definió esto; no se puede cambiar aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CoachApp could not write your settings file: {reason}</source>
        <translation>CoachApp no pudo escribir su archivo de configuración: {reason}</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/screens/signin.py" line="+44"/>
        <source>Welcome to CoachApp</source>
        <extracomment>The work that sets the laptop up: (server_url, org, username, password, reporter) → any.</extracomment>
        <translation>Bienvenido a CoachApp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with the username and password your administrator gave you. This sets up this laptop for you and brings down your caseload. Afterwards your password also unlocks CoachApp when you are offline.</source>
        <translation>Inicie sesión con el usuario y la contraseña que le dio su administrador. Así se prepara esta computadora para usted y se descargan sus casos. Después, su contraseña también desbloquea CoachApp cuando no hay conexión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Set by your administrator.</source>
        <translation>Definido por su administrador.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Program code</source>
        <translation>Código del programa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ser&amp;ver address</source>
        <translation>Dirección del &amp;servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Program code</source>
        <translation>Código del &amp;programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Setting up progress</source>
        <translation>Progreso de la preparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>server address</source>
        <translation>dirección del servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>program code</source>
        <translation>código del programa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>username</source>
        <translation>usuario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please fill in: {fields}.</source>
        <translation>Complete: {fields}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sending changes…</source>
        <translation>Enviando cambios…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bringing down program lists…</source>
        <translation>Descargando las listas del programa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bringing down your caseload…</source>
        <translation>Descargando sus casos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting up…</source>
        <translation>Preparando…</translation>
    </message>
</context>
<context>
    <name>SignUpDialog</name>
    <message>
        <location filename="../../ui/dialogs/info_session.py" line="+34"/>
        <source>Add a sign-up</source>
        <translation>Agregar un anotado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone who signed up at the session at {branch}. You can start their intake later with what you type here.</source>
        <translation>Alguien que se anotó en la sesión en {branch}. Más adelante puede empezar su admisión con lo que escriba aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add sign-up</source>
        <translation>&amp;Agregar anotado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Phone (optional):</source>
        <translation>&amp;Teléfono (opcional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email (optional):</source>
        <translation>&amp;Correo electrónico (opcional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receives &amp;TANF</source>
        <translation>Recibe TA&amp;NF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TANF:</source>
        <translation>TANF:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Not sure yet</source>
        <translation>Todavía no se sabe</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Course of interest:</source>
        <translation>C&amp;urso de interés:</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/status.py" line="+28"/>
        <source>Change status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is now: {status}.</source>
        <translation>{name} ahora está: {status}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participants move forward only; anyone may leave (exit) at any stage.</source>
        <translation>Los participantes solo avanzan; cualquiera puede irse (salir) en cualquier etapa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exited participant&apos;s status no longer changes.</source>
        <translation>El estado de un participante que salió ya no cambia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change status</source>
        <translation>&amp;Cambiar estado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New status:</source>
        <translation>&amp;Nuevo estado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— choose why —</source>
        <translation>— elija el motivo —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why they are leaving:</source>
        <translation>&amp;Por qué se va:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in the study</source>
        <translation>No participa en el estudio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Study &amp;group:</source>
        <translation>&amp;Grupo del estudio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From random assignment; it cannot change after enrollment.</source>
        <translation>Viene de la asignación aleatoria; no puede cambiar después de la inscripción.</translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <location filename="../../ui/widgets/status_row.py" line="+27"/>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Branch I am working at today</source>
        <translation>Oficina donde trabajo hoy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync with the program&apos;s server (F5)</source>
        <translation>Sincronizar con el servidor del programa (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock</source>
        <translation>Blo&amp;quear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock CoachApp (Ctrl+L)</source>
        <translation>Bloquear CoachApp (Ctrl+L)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The DHS branch you are working at today (Ctrl+B)</source>
        <translation>La oficina de DHS donde trabaja hoy (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now (F5)</source>
        <translation>Sincronizar ahora (F5)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Working at (Ctrl+B):</source>
        <translation>Trabajo en (Ctrl+B):</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n cambio por sincronizar</numerusform>
            <numerusform>%n cambios por sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is synced</source>
        <translation>Todo está sincronizado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync {when}</source>
        <translation>Sincronizado {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>receiving</source>
        <translation>recibiendo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing… {phase} {done}{total}</source>
        <translation>Sincronizando… {phase} {done}{total}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>● Online</source>
        <translation>● En línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>○ Offline</source>
        <translation>○ Sin conexión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min ago</source>
        <translation>hace {n} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today at {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
</context>
<context>
    <name>SupportServiceDialog</name>
    <message>
        <location filename="../../ui/dialogs/support_service.py" line="+45"/>
        <source>Record a support service</source>
        <translation>Registrar un servicio de apoyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the program pays for, who pays, and for which period. If DHS (or another funder) already pays for the same support, CoachApp shows you their record before anything is saved.</source>
        <translation>Lo que paga el programa, quién lo paga y por qué período. Si DHS (u otro financiador) ya paga el mismo apoyo, CoachApp le muestra ese registro antes de guardar nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dollars, like 450.00</source>
        <translation>Dólares, como 450.00</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Childcare center, garage, bus company…</source>
        <translation>Guardería, taller mecánico, empresa de autobuses…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Type of support</source>
        <translation>&amp;Tipo de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paid by</source>
        <translation>&amp;Pagado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Monto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period &amp;from</source>
        <translation>Período &amp;desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period t&amp;o</source>
        <translation>Período &amp;hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vendor</source>
        <translation>Pro&amp;veedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Services already on record</source>
        <translation>Servicios ya registrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason to record it anyway (required)</source>
        <translation>Mot&amp;ivo para registrarlo de todos modos (obligatorio)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason to record it anyway</source>
        <translation>Motivo para registrarlo de todos modos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: DHS covers only the mornings; HPOG pays the evening class.</source>
        <translation>Por ejemplo: DHS cubre solo las mañanas; HPOG paga la clase de la tarde.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Say why this service is needed as well.</source>
        <translation>Explique por qué también se necesita este servicio.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Already paid for: {funders} already pays for this support in the same period. Check with the DHS family coach before paying twice.</source>
        <translation>Ya está pagado: {funders} ya paga este apoyo en el mismo período. Consulte con el coach familiar de DHS antes de pagar dos veces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• {funder} pays {type} from {start} to {end}: {amount} ({status})</source>
        <translation>• {funder} paga {type} del {start} al {end}: {amount} ({status})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record any&amp;way</source>
        <translation>Registrar de todos mod&amp;os</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save with the reason given (Enter)</source>
        <translation>Guardar con el motivo indicado (Intro)</translation>
    </message>
</context>
<context>
    <name>SyncControl</name>
    <message>
        <location filename="../../ui/sync_control.py" line="+153"/>
        <source>This laptop was disconnected by your administrator, and CoachApp&apos;s data on it has been removed. Ask your administrator if you need it set up again.</source>
        <extracomment>How often the server is probed while offline (tests shorten it). The last failure was &quot;the server cannot be reached&quot; (the page words it itself).</extracomment>
        <translation>Su administrador desconectó esta computadora y se borraron los datos de CoachApp que tenía. Pida a su administrador que la configure de nuevo si la necesita.</translation>
    </message>
</context>
<context>
    <name>SyncLists</name>
    <message>
        <location filename="../../ui/models/sync_lists.py" line="+79"/>
        <source>(not on this laptop)</source>
        <translation>(no está en esta computadora)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details in conflict</source>
        <translation>Datos en conflicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Cambiado por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(in another coach&apos;s caseload)</source>
        <translation>(en los casos de otro coach)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One record</source>
        <translation>Un registro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The other record</source>
        <translation>El otro registro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why they may be the same person</source>
        <translation>Por qué podrían ser la misma persona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noticed</source>
        <translation>Detectado</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="+59"/>
        <location line="+132"/>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Your work is saved on this laptop first. Syncing sends your changes to the program&apos;s server and brings back your caseload and the program&apos;s lists. CoachApp also syncs by itself when you unlock it, every few minutes, and when the network comes back.</source>
        <translation>Su trabajo se guarda primero en esta computadora. Al sincronizar, sus cambios se envían al servidor del programa y se traen sus casos y las listas del programa. CoachApp también sincroniza solo al desbloquearlo, cada pocos minutos y cuando vuelve la red.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sync problem</source>
        <translation>Problema de sincronización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync with the program&apos;s server (Alt+N, or F5)</source>
        <translation>Sincronizar con el servidor del programa (Alt+A, o F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancelar sincronización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after the current batch; what was sent or received is kept (Alt+C)</source>
        <translation>Detener después del lote actual; se conserva lo enviado o recibido (Alt+C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync progress</source>
        <translation>Avance de la sincronización</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This laptop</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sync has finished since you unlocked CoachApp.</source>
        <translation>No ha terminado ninguna sincronización desde que desbloqueó CoachApp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Conflicts to settle</source>
        <translation>Conflictos por resolver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conflicts. When the same detail is changed differently on two laptops before they sync, it appears here for you to choose; nothing is lost meanwhile.</source>
        <translation>No hay conflictos. Cuando el mismo dato se cambia de forma distinta en dos computadoras antes de sincronizar, aparece aquí para que usted elija; mientras tanto no se pierde nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settle…</source>
        <translation>&amp;Resolver…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare both versions of the selected record and choose (Alt+S or Enter)</source>
        <translation>Comparar ambas versiones del registro elegido y elegir (Alt+R o Intro)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Possible duplicate people</source>
        <translation>Posibles personas duplicadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No possible duplicates. If the same person is enrolled on two laptops, the server notices it at sync and lists both records here for you to compare.</source>
        <translation>No hay posibles duplicados. Si la misma persona se inscribe en dos computadoras, el servidor lo detecta al sincronizar y muestra aquí ambos registros para que los compare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mparar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See both records side by side and merge them or keep them apart (Alt+M)</source>
        <translation>Ver ambos registros lado a lado y unirlos o mantenerlos separados (Alt+M)</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n cambio pendiente de enviar.</numerusform>
            <numerusform>%n cambios pendientes de enviar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waiting to be sent: everything you did is on the server.</source>
        <translation>Nada pendiente de enviar: todo lo que hizo está en el servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop has not finished a sync yet.</source>
        <translation>Esta computadora todavía no ha terminado una sincronización.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last successful sync: {when}.</source>
        <translation>Última sincronización correcta: {when}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Conflicts to settle ({n})</source>
        <translation>Conflictos por resolver ({n})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Possible duplicate people ({n})</source>
        <translation>Posibles personas duplicadas ({n})</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{phase}… {of}</source>
        <translation>{phase}… {of}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>another coach</source>
        <translation>otro coach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you, on two laptops</source>
        <translation>usted, en dos computadoras</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending your changes</source>
        <translation>Enviando sus cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving the program&apos;s lists</source>
        <translation>Recibiendo las listas del programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving your caseload</source>
        <translation>Recibiendo sus casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{phase}… {done} so far</source>
        <translation>{phase}… {done} hasta ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{phase}…</source>
        <translation>{phase}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping after this batch… what was already sent or received is kept.</source>
        <translation>Deteniendo después de este lote… se conserva lo que ya se envió o recibió.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You&apos;re offline; your work is saved on this laptop and will sync when you&apos;re back online.</source>
        <translation>No hay conexión; su trabajo está guardado en esta computadora y se sincronizará cuando vuelva la conexión.</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <location filename="../../ui/widgets/sync_report.py" line="+18"/>
        <source>Stopped when you pressed Cancel. Everything sent or received so far is kept; the rest goes at the next sync.</source>
        <translation>Se detuvo cuando pulsó Cancelar. Se conserva todo lo enviado o recibido hasta ahora; el resto se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finished {when}.</source>
        <translation>Terminó {when}.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sent: %n change(s).</source>
        <translation>
            <numerusform>Enviado: %n cambio.</numerusform>
            <numerusform>Enviados: %n cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Merged: %n change(s) combined with other changes made to the same records on another laptop.</source>
        <translation>
            <numerusform>Combinado: %n cambio se combinó con otros cambios hechos a los mismos registros en otra computadora.</numerusform>
            <numerusform>Combinados: %n cambios se combinaron con otros cambios hechos a los mismos registros en otra computadora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Moved: %n change(s) were for a person merged into another record and were saved on that record.</source>
        <translation>
            <numerusform>Trasladado: %n cambio era de una persona unida a otro registro y se guardó en ese registro.</numerusform>
            <numerusform>Trasladados: %n cambios eran de una persona unida a otro registro y se guardaron en ese registro.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent: nothing was waiting.</source>
        <translation>Enviados: no había nada pendiente.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Received: %n update(s) to your caseload and the program&apos;s lists.</source>
        <translation>
            <numerusform>Recibida: %n actualización de sus casos y de las listas del programa.</numerusform>
            <numerusform>Recibidas: %n actualizaciones de sus casos y de las listas del programa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Received: nothing new.</source>
        <translation>Recibidos: nada nuevo.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n participant(s) left your caseload (handed to another coach) and were removed from this laptop.</source>
        <translation>
            <numerusform>%n participante salió de sus casos (pasó a otro coach) y se quitó de esta computadora.</numerusform>
            <numerusform>%n participantes salieron de sus casos (pasaron a otro coach) y se quitaron de esta computadora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Conflicts: %n of the changes sent met a different change to the same details from another laptop; both are kept until you choose below.</source>
        <translation>
            <numerusform>Conflictos: %n de los cambios enviados se encontró con un cambio distinto de los mismos datos desde otra computadora; ambos se conservan hasta que usted elija abajo.</numerusform>
            <numerusform>Conflictos: %n de los cambios enviados se encontraron con un cambio distinto de los mismos datos desde otra computadora; ambos se conservan hasta que usted elija abajo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflicts: none.</source>
        <translation>Conflictos: ninguno.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Problems: %n change(s) were refused by the server:</source>
        <translation>
            <numerusform>Problemas: el servidor rechazó %n cambio:</numerusform>
            <numerusform>Problemas: el servidor rechazó %n cambios:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  … and {n} more.</source>
        <translation>  … y {n} más.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems: none.</source>
        <translation>Problemas: ninguno.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/dialogs/task.py" line="+32"/>
        <source>Add a task</source>
        <extracomment>A new task is due in a week unless the coach picks another day.</extracomment>
        <translation>Agregar una tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A to-do for you about {name}. It shows on Today when it is due, and in red when it is late.</source>
        <translation>Un pendiente suyo sobre {name}. Aparece en Hoy cuando vence, y en rojo cuando está atrasado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add task</source>
        <translation>&amp;Agregar tarea</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: Call about the CNA class start</source>
        <translation>Por ejemplo: Llamar por el inicio de la clase de CNA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Task:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;otes (optional):</source>
        <translation>&amp;Notas (opcional):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About:</source>
        <translation>Sobre:</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../ui/models/today.py" line="+95"/>
        <source>Done</source>
        <extracomment>Intakes saved as drafts and not finished (they are resumed from Participants). The coach ticked a task (its id). Ticked, waiting for the store to say it is done.</extracomment>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick a task (or press Space) to mark it done</source>
        <translation>Marque una tarea (o pulse Espacio) para darla por hecha</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mark “{task}” done</source>
        <translation>Marcar «{task}» como hecha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not about one person)</source>
        <translation>(no es sobre una persona)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due {date}</source>
        <translation>Vence el {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click to open {name}</source>
        <translation>Haga clic para abrir a {name}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location line="+9"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referred to</source>
        <translation>Referido a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up owner</source>
        <translation>Responsable del seguimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due {date}</source>
        <translation>Vence el {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TANF case #</source>
        <translation>Caso TANF</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today.py" line="+102"/>
        <location line="+116"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Summary of the day</source>
        <translation>Resumen del día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a task, a follow-up or a name to open that participant (or select it and press Enter). Tick a task when it is done.</source>
        <translation>Haga clic en una tarea, un seguimiento o un nombre para abrir a ese participante (o selecciónelo y pulse Intro). Marque una tarea cuando esté hecha.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is due today and nothing is overdue — a clear day. Find someone with Ctrl+K, or start an intake with Ctrl+N.</source>
        <translation>Hoy no vence nada y no hay nada atrasado: un día despejado. Busque a alguien con Ctrl+K o empiece una admisión con Ctrl+N.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Participants, where unfinished intakes are resumed or discarded (Alt+U)</source>
        <translation>Abrir Participantes, donde se continúan o descartan las admisiones sin terminar (Alt+S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tasks due and overdue</source>
        <translation>Tareas por vencer y vencidas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected task done (Alt+D, or Space)</source>
        <translation>Marcar como hecha la tarea elegida (Alt+H, o Espacio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tasks due today or overdue.</source>
        <translation>No hay tareas que venzan hoy ni vencidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tasks due and overdue</source>
        <translation>&amp;Tareas por vencer y vencidas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Referral follow-ups due</source>
        <translation>Seguimientos de referidos por vencer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No referral follow-ups are due in the next two days.</source>
        <translation>No vence ningún seguimiento de referidos en los próximos dos días.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Referral follow-ups due</source>
        <translation>Seguimientos de &amp;referidos por vencer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recently opened participants</source>
        <translation>Participantes abiertos recientemente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People you open will be listed here, so you can get back to them quickly.</source>
        <translation>Las personas que abra aparecerán aquí, para que pueda volver a ellas rápido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recently &amp;opened</source>
        <translation>Abiertos rec&amp;ientemente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Today — {day}</source>
        <translation>Hoy: {day}</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Overdue tasks: %n</source>
        <translation>
            <numerusform>Tareas vencidas: %n</numerusform>
            <numerusform>Tareas vencidas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due today: %n</source>
        <translation>
            <numerusform>Vencen hoy: %n</numerusform>
            <numerusform>Vencen hoy: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Referral follow-ups due: %n</source>
        <translation>
            <numerusform>Seguimientos por vencer: %n</numerusform>
            <numerusform>Seguimientos por vencer: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Late follow-ups: %n</source>
        <translation>
            <numerusform>Seguimientos atrasados: %n</numerusform>
            <numerusform>Seguimientos atrasados: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Unfinished intakes: %n</source>
        <translation>
            <numerusform>Admi&amp;siones sin terminar: %n</numerusform>
            <numerusform>Admi&amp;siones sin terminar: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Marked done: {task}</source>
        <translation>Marcada como hecha: {task}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select a task first, then mark it done.</source>
        <translation>Primero elija una tarea y luego márquela como hecha.</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/training.py" line="+41"/>
        <source>&amp;Enroll in a course…</source>
        <translation>Inscribir en un &amp;curso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the participant in a course (Alt+E)</source>
        <translation>Inscribir al participante en un curso (Alt+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Finished or left…</source>
        <translation>&amp;Finalizó o lo dejó…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected course was completed, left or not passed (Alt+F)</source>
        <translation>El curso elegido se completó, se dejó o no se aprobó (Alt+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a &amp;credential…</source>
        <translation>Registrar una cre&amp;dencial…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A credential earned through the selected course (Alt+C)</source>
        <translation>Una credencial obtenida con el curso elegido (Alt+D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+67"/>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>No training yet. Press “Enroll in a course” (Alt+E) when the participant starts one.</source>
        <translation>Todavía no hay capacitación. Pulse «Inscribir en un curso» (Alt+C) cuando el participante empiece uno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record a &amp;job…</source>
        <translation>Registrar un emp&amp;leo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A job the participant started (Alt+J)</source>
        <translation>Un empleo que el participante comenzó (Alt+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job en&amp;ded…</source>
        <translation>Terminó el em&amp;pleo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the last day at the selected job (Alt+D)</source>
        <translation>Registrar el último día en el empleo elegido (Alt+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health care</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wage</source>
        <translation>Salario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount}/hour</source>
        <translation>{amount}/hora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hours/week</source>
        <translation>Horas/semana</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ended</source>
        <translation>Terminó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still working</source>
        <translation>Sigue trabajando</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>Jobs</source>
        <translation>Empleos</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No jobs recorded. Press “Record a job” (Alt+J) when the participant is hired.</source>
        <translation>No hay empleos registrados. Pulse «Registrar un empleo» (Alt+L) cuando contraten al participante.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Courses from the program&apos;s list, and credentials earned.</source>
        <translation>Cursos de la lista del programa y credenciales obtenidas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Employer, occupation, wage and hours of each job.</source>
        <translation>Empleador, ocupación, salario y horas de cada empleo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Training &amp; jobs</source>
        <translation>Capacitación y empleos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{status} {day}</source>
        <translation>{status} {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status}, ends about {day}</source>
        <translation>{status}, termina alrededor del {day}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}, earned {day}</source>
        <translation>{name}, obtenida el {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · advanced position</source>
        <translation> · ascenso</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="+42"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
</context>
</TS>
