<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419">
<context>
    <name></name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="+245"/>
        <source>someone</source>
        <extracomment>Table → the change kind the bus announces when one of its records changes. False when neither side can be told to be this coach&apos;s (a supervisor settling).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>you, on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you, on another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine for {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep theirs for {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new value for {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New value for {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep one of the two for this detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/duplicate.py" line="+69"/>
        <source>Record {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This record is in another coach&apos;s caseload, so it is not on this laptop. That coach or a supervisor can decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TANF case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IV-D case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recruitment branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{s} services · {r} referrals · {n} notes · {c} consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Merge into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M&amp;erge into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep record {n}; everything recorded for the other moves to it (Alt+{key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="+409"/>
        <source>Stopped when you pressed Cancel. Everything sent or received so far is kept; the rest goes at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent: %n change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Merged: %n change(s) combined with other changes made to the same records on another laptop.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Moved: %n change(s) were for a person merged into another record and were saved on that record.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent: nothing was waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Received: %n update(s) to your caseload and the program&apos;s lists.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received: nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n participant(s) left your caseload (handed to another coach) and were removed from this laptop.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Conflicts: %n of the changes sent met a different change to the same details from another laptop; both are kept until you choose below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflicts: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Problems: %n change(s) were refused by the server:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  … and {n} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems: none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/activity.py" line="+29"/>
        <source>{total} of {required} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{said} — requirement met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{said} — {gap} core hours short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{said} — {gap} short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+95"/>
        <source>Activity hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Hours each week in TANF work activities, checked against the family&apos;s weekly work requirement. Job search limits and monthly averaging are left to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>◀ &amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the week before (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;xt week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the week after (Alt+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wee&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the current week (Alt+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;hours…  ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record hours for this week ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Week against the requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hours this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No hours recorded for this week. Press “Record hours” ({keys}) to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>All hours verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some hours are not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{family}: {required} hours a week, {core} of them in core activities. {reason} {proof}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarrierDialog</name>
    <message>
        <location filename="../../ui/dialogs/barrier.py" line="+25"/>
        <source>{name} (restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something standing between the participant and training or work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Barrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restricted: refer out for help, keep details brief. Only the assigned coach and supervisors see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Description (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Identified on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarriersPage</name>
    <message>
        <location filename="../../ui/dialogs/intake_consents.py" line="+214"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restricted information notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>No barriers recorded. Use “Add barrier” (Alt+A) for anything in the way of training or work: transportation, childcare, housing, health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add barrier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a barrier (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark &amp;resolved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen barrier resolved (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Casework</name>
    <message>
        <location filename="../../ui/widgets/casework_words.py" line="+29"/>
        <source>{m}/{d}/{y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Child support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child welfare prevention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behavioral health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domestic violence services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HPOG career coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>DHS family coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Partner agency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HPOG coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share information and make referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make referrals only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share information only (not a referral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work (unsubsidized job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subsidized private job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subsidized public job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-the-job training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job search and job readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Community service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocational training (e.g. CNA course)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job skills training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Education related to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High school or GED classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Childcare for community service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other (does not count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue by {n} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="+68"/>
        <source>Settle a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a participant not on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} — {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These details were changed differently on two laptops before either had synced. Both versions are kept until you choose. For each detail, keep yours, keep theirs, or type a new value. Your choice is sent at the next sync, so every laptop ends up with the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before both changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Save my choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save and send at the next sync (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without choosing (Esc); the conflict stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a value for each detail, then save.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earned through {course}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blank: the credential the course leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Earned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential &amp;name</source>
        <translation type="unfinished"></translation>
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
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../ui/dialogs/duplicate.py" line="+21"/>
        <location line="+2"/>
        <source>Is this the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The program&apos;s server noticed two records that may be one person ({reason}), probably enrolled on two laptops before they synced. Compare them. If they are the same person, choose the record to keep: everything recorded for the other one — services, referrals, notes, consents — moves to it, and nothing is deleted. If they are two different people, say so and they will not be flagged again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Yes, merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>One of the two records is not on this laptop, so you cannot merge them here. You can still say they are not the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are two different people (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep {keep}&apos;s record and move everything recorded for {other} into it? Every laptop follows at its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A sync is running. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You&apos;re offline. Deciding about duplicates needs the program&apos;s server; try again when you&apos;re back online.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Income a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidelines of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eligible (at or below {n}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the limit ({n}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Eligibility assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No eligibility assessment yet. Fill in “New assessment” below: the percent of the poverty guideline shows as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Household size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: 18,500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yearly household &amp;income ($):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone in the household, before taxes, for a whole year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Program li&amp;mit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the income to see the percent of the guideline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Record assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this assessment (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type the income and the state to see the percent of the guideline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>eligible (at or below {n}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over the program limit of {n}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>= {percent} of the {year} guideline (${amount:,} a year) — {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndJobDialog</name>
    <message>
        <location filename="../../ui/dialogs/job.py" line="+78"/>
        <source>Job ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{occupation} at {employer}, started {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Last day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/dialogs/training.py" line="-122"/>
        <source>Enroll in a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the participant in a course from the program&apos;s course list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpected end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{course} ({provider}), started {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Already earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blank: the credential the course leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;How it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;redential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/dialogs/referral.py" line="+414"/>
        <source>Hand over the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{program} referral to {agency}. Who follows up now, and by when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-up &amp;owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a coach, or type the name of a DHS family coach or agency contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner&apos;s ro&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up &amp;due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/form_dialog.py" line="+65"/>
        <source>Problem</source>
        <extracomment>The service&apos;s answer, after a successful save.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/widgets/field_form.py" line="+26"/>
        <source>MM/dd/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Problem with {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/history.py" line="+27"/>
        <source>the participant&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an eligibility assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a support service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a training enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sync conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hispanic or Latino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receives TANF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TANF case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IV-D case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recruitment branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enrollment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identified date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parents in the TANF unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>federally funded childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Viewed restricted information (opened the Barriers tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viewed restricted information ({what}: {n} shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viewed restricted information ({what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{thing} (restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added the participant to CoachApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {thing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed {thing}: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed {thing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed {thing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {thing}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location line="+13"/>
        <source>When</source>
        <extracomment>Anything done to the participant&apos;s records adds to their history.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone on another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History of the participant&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every change to this participant&apos;s record, and every time restricted information was viewed. It names what changed, never what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../ui/dialogs/hours.py" line="+26"/>
        <source>Record activity hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours for one week in one work activity. Recording the same activity and week again replaces the figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours that week, like 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified (time sheet, pay stub or attendance record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any day of the week; it is filed under that week&apos;s Monday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proof</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdMemberDialog</name>
    <message>
        <location filename="../../ui/dialogs/household_member.py" line="+31"/>
        <source>Correct a family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone in the family counts: children, the other parent (even living elsewhere) and relatives who care for the children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role in the family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: daughter, grandmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relations&amp;hip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;ves in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Living:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Child support (IV-D) case #:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a non-custodial parent with a child support case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../ui/dialogs/intake_family.py" line="+146"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lives here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IV-D case #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <source>Family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>No family members recorded yet. Use “Add family member” (Alt+A) for the children, the other parent and relatives who care for the children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add family member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add someone (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the chosen person (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen person off the list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parents in the TANF assistance unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parents in the TANF unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gets federally &amp;funded childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raises a two-parent family&apos;s TANF hours to 55 a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save family fa&amp;cts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the number of parents and the childcare answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Remove a family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take {name} off the family list? The history keeps a record of it.</source>
        <translation type="unfinished"></translation>
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
        <location line="+290"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A job the participant started: it counts toward the program&apos;s employment and wage results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nursing assistant, phlebotomist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, a health-care occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dollars an hour, like 17.25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual hours a week, like 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, a step up from an earlier job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Health-care job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly &amp;wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours a wee&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advanced position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Listing</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/listing.py" line="+47"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
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
    <message>
        <location line="+19"/>
        <source>Too many wrong passwords. Try again in {n} seconds.</source>
        <translation>Demasiadas contraseñas incorrectas. Intente de nuevo en {n} segundos.</translation>
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
        <location filename="../../ui/dialogs/intake_family.py" line="-106"/>
        <source>for example daughter</source>
        <translation>por ejemplo hija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with the participant</source>
        <translation>Vive con el participante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/note.py" line="+46"/>
        <source>Correct a case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what a colleague would need to know; keep opinions out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;When you met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Not at a branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Wh&amp;ere:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The DHS branch where you met, if you met at one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confidential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For domestic violence, health or substance use details. Only the assigned coach and supervisors see a restricted note, and each time it is shown is recorded in the participant&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are not this participant&apos;s coach, so you will not see it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/notes.py" line="+51"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case notes yet. Press Ctrl+Shift+N (or “Add note” below) after each contact with the participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a contact (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the chosen note (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a note written in error (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The chosen note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a note to read all of it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restricted notes are left out: only the participant&apos;s assigned coach and supervisors see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes marked Restricted are confidential. Showing them is recorded in the participant&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Remove a case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the note of {when}? Do this only for a note written in error; the history keeps a record that it was removed.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training &amp; jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation type="unfinished"></translation>
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
        <location line="+28"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+52"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TANF case #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IV-D case #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>● Not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Changes waiting to be sent to the program&apos;s server</source>
        <extracomment>A page has arrived (the first one after a reload, or one more while scrolling). Loading started (True) or ended (False). How many participants match in all; None until the first page is in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to sort by {column}; click again to reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changes to this person&apos;s records are on this laptop only until you sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click or press Enter to open {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="+63"/>
        <location line="+71"/>
        <location line="+53"/>
        <source>Participants</source>
        <extracomment>Changes that can alter a row: the person, or any record of theirs (the &quot;not synced&quot; mark).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-122"/>
        <source>&amp;New intake (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start an intake for someone new (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone I can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+147"/>
        <source>Any branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Any group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receives TANF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not on TANF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clea&amp;r filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everyone in the chosen list again (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose participants to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branch filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stu&amp;dy group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Study group filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TANF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TANF filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+130"/>
        <source>Loading participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-127"/>
        <source>How many participants are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No participant matches these filters.
Press Clear filters (Alt+R) to see everyone again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No participants are assigned to you on this laptop yet.
Choose “Everyone I can see”, sync to bring your caseload, or start an intake with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no participants on this laptop yet.
Sync to bring your caseload (F5), or start an intake with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No participants to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Showing %Ln of {total} participants — scroll down for more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Participants shown: %Ln.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to open someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The branch chosen before</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Completed the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Got a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chose to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health or family reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <location line="+22"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Treatment group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custodial parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Non-custodial parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transportation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money / debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domestic violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefers not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Less than high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High school diploma or GED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associate degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bachelor&apos;s degree or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Goes by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name they like to be called, if different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gen&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Hispanic or Latino:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Race:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Education:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Veteran:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two letters, like OH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;ZIP code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TANF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TANF &amp;case #:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-54"/>
        <source>M&amp;iddle name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ast name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Preferred language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receives TANF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Child supp&amp;ort (IV-D) case #:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recruited at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save changes  Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to the profile (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back what is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolled: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exited: {day} {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Study group: {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared with the team: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status changes with “Change status…” at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was saved. Please correct what is marked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSessionDialog</name>
    <message>
        <location filename="../../ui/dialogs/info_session.py" line="+41"/>
        <source>Record an information session</source>
        <extracomment>The kinds of place where information sessions are held.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An information session you held at a DHS branch or TANF office. After saving, add the people who signed up so you can follow up with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;People who came:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone in the room, whether or not they signed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;otes (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/dialogs/referral.py" line="-338"/>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refer the participant to a partner agency. Name who owes the follow-up and by when; it shows on the referral tracker and on Today until it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+86"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-80"/>
        <source>What the participant needs from the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If the agency has one (e.g. the IV-D case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up &amp;owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s ro&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up &amp;due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency &amp;case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Why the referral was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Has an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent si&amp;gned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it &amp;allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the signed consent and &amp;refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only if the participant has signed the release for this agency (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Needs the participant&apos;s signed consent for this agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No consent form is needed for this agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>this agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent yet: a referral to {program} needs the participant&apos;s signed consent for that agency ({agency}), and none is on file. If the participant has signed the release, record it below and the referral is sent. If not, have them sign it first (or record it on the participant&apos;s Profile/Household tab), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The consent is recorded, but it was signed after this date. Use a referral date on or after the day it was signed, then send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The consent is recorded; correct what is marked, then send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralStatusDialog</name>
    <message>
        <location line="+33"/>
        <source>Change the referral&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{program} referral to {agency}, follow-up due {due} ({owner}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What came of it (needed when completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <location line="-325"/>
        <source>Pick a coach, or type the name of a DHS family coach or agency contact.</source>
        <extracomment>How long a follow-up is given by default.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../../ui/pages/referrals.py" line="+40"/>
        <location line="+94"/>
        <source>Referral tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Referrals across your caseload, soonest follow-up first. Overdue ones are highlighted and say how late they are. Enter opens the participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everyone&apos;s follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-ups I own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Update status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected referral in progress, completed, declined… (Alt+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hand over follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the follow-up to another person or change its date (Alt+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the participant&apos;s Referrals tab (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referrals in your caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{status} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No referrals here. “Follow-ups I own” lists referrals where you are the follow-up owner; choose “Everyone&apos;s follow-ups” to see the rest. To make a referral, find the participant (Ctrl+K), open their Referrals tab and press Ctrl+Shift+R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No referrals here. To make a referral, find the participant (Ctrl+K), open their Referrals tab and press Ctrl+Shift+R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} referrals shown, {late} overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/referrals.py" line="+29"/>
        <location line="+50"/>
        <location line="+27"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Referrals to child support, child welfare prevention, employment, behavioral health, housing and DV services, each with the person who owes the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;referral…  ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new referral ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Update status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected referral in progress, completed, declined… (Alt+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hand over follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the follow-up to another person or change its date (Alt+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No referrals yet. Press “New referral” ({keys}) to refer the participant to a partner agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{status} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{open} open, {late} overdue, {all} in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="+17"/>
        <location line="+20"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Reports are not in this version of CoachApp yet. They will show enrollment against your program&apos;s goal, the HPOG performance indicators, support services spending and referral timeliness, for TANF participants and for everyone.

Until then, the Referrals and Services pages list what is overdue and what was spent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveBarrierDialog</name>
    <message>
        <location filename="../../ui/dialogs/barrier.py" line="+33"/>
        <source>Mark a barrier resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{barrier}, identified {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Resolved on:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+104"/>
        <source>Support services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Every support service in your caseload. Double-click a row (or press Enter) to open the participant&apos;s Services tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+103"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+107"/>
        <source>All funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected participant&apos;s Services tab (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Support services in your caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Totals of the services shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Also paid elsewhere — reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No support services match these filters. Try “Any time”, or record one: find the participant (Ctrl+K), open their Services tab and press Ctrl+Shift+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} services shown · {amount} requested, approved or paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/services.py" line="+34"/>
        <location line="+58"/>
        <source>Support services</source>
        <extracomment>Services nobody pays for: left out of the total.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Childcare, transport, car repair, tuition and other supports, and who pays. CoachApp warns you before paying for something DHS already pays for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Record a support service…  ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a support service ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mark as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected service approved, paid, denied or cancelled (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No support services recorded yet. Press “Record a support service” ({keys}) to add childcare, transport or another support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also paid elsewhere — reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{n} services · {amount} requested, approved or paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Mark as {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../../ui/pages/sessions.py" line="+42"/>
        <source>Not contacted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Became a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TANF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location line="+40"/>
        <location line="+25"/>
        <source>Information sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&amp;Record a session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a session you held at a DHS branch (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record each session you hold at a branch, add the people who signed up, and start a sign-up&apos;s intake when they are ready: what they wrote on the sheet is carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No information sessions recorded yet.
After a session at a branch, press Record a session (Alt+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+124"/>
        <source>Sign-&amp;ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-116"/>
        <source>People who signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add sign-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add someone from this session&apos;s sign-up sheet (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+149"/>
        <source>Start &amp;intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Start the intake of the selected sign-up with their details filled in (Alt+I, or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark &amp;contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have reached this person (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ot interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person does not want to go on (Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a session to see who signed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-&amp;ups at {branch}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nobody from this session is listed yet.
Press Add sign-up (Alt+A) for each name on the sign-up sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open &amp;participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Session at {branch} recorded. Now add the people who signed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{name}: {status}.</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock &amp;after</source>
        <translation>&amp;Bloquear después de</translation>
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
        <source>&amp;Server address</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone who signed up at the session at {branch}. You can start their intake later with what you type here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add sign-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Phone (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receives &amp;TANF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TANF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Not sure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Course of interest:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/status.py" line="+28"/>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is now: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participants move forward only; anyone may leave (exit) at any stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exited participant&apos;s status no longer changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— choose why —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why they are leaving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Study &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From random assignment; it cannot change after enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <location filename="../../ui/widgets/status_row.py" line="+26"/>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Branch I am working at today</source>
        <translation>Oficina donde trabajo hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DHS branch you are working at today</source>
        <translation>La oficina del DHS donde trabaja hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>Sincroni&amp;zar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync with the program&apos;s server (F5)</source>
        <translation>Sincronizar con el servidor del programa (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock CoachApp (Ctrl+L)</source>
        <translation>Bloquear CoachApp (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Working at:</source>
        <translation>Trabajando en:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n cambio pendiente de sincronizar</numerusform>
            <numerusform>%n cambios pendientes de sincronizar</numerusform>
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
        <translation>Última sincronización {when}</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportServiceDialog</name>
    <message>
        <location filename="../../ui/dialogs/support_service.py" line="+45"/>
        <source>Record a support service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the program pays for, who pays, and for which period. If DHS (or another funder) already pays for the same support, CoachApp shows you their record before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dollars, like 450.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Childcare center, garage, bus company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Type of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Services already on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason to record it anyway (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason to record it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: DHS covers only the mornings; HPOG pays the evening class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Say why this service is needed as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Already paid for: {funders} already pays for this support in the same period. Check with the DHS family coach before paying twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• {funder} pays {type} from {start} to {end}: {amount} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save with the reason given (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncControl</name>
    <message>
        <location filename="../../ui/sync_control.py" line="+153"/>
        <source>This laptop was disconnected by your administrator, and CoachApp&apos;s data on it has been removed. Ask your administrator if you need it set up again.</source>
        <extracomment>How often the server is probed while offline (tests shorten it). The last failure was &quot;the server cannot be reached&quot; (the page words it itself).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync_page.py" line="-408"/>
        <location line="+132"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Your work is saved on this laptop first. Syncing sends your changes to the program&apos;s server and brings back your caseload and the program&apos;s lists. CoachApp also syncs by itself when you unlock it, every few minutes, and when the network comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sync problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync with the program&apos;s server (Alt+N, or F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after the current batch; what was sent or received is kept (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sync has finished since you unlocked CoachApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Conflicts to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conflicts. When the same detail is changed differently on two laptops before they sync, it appears here for you to choose; nothing is lost meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare both versions of the selected record and choose (Alt+S or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Possible duplicate people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No possible duplicates. If the same person is enrolled on two laptops, the server notices it at sync and lists both records here for you to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co&amp;mpare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See both records side by side and merge them or keep them apart (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n change(s) waiting to be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waiting to be sent: everything you did is on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop has not finished a sync yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last successful sync: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Conflicts to settle ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Possible duplicate people ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>another coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>you, on two laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving the program&apos;s lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving your caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{phase}… {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{phase}… {done} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{phase}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping after this batch… what was already sent or received is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You&apos;re offline; your work is saved on this laptop and will sync when you&apos;re back online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/dialogs/task.py" line="+32"/>
        <source>Add a task</source>
        <extracomment>A new task is due in a week unless the coach picks another day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A to-do for you about {name}. It shows on Today when it is due, and in red when it is late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: Call about the CNA class start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;otes (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../ui/models/today.py" line="+92"/>
        <source>Done</source>
        <extracomment>The coach ticked a task (its id). Ticked, waiting for the store to say it is done.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick a task (or press Space) to mark it done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mark “{task}” done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not about one person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click to open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location line="+9"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TANF case #</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today.py" line="+102"/>
        <location line="+106"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Summary of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a task, a follow-up or a name to open that participant (or select it and press Enter). Tick a task when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is due today and nothing is overdue — a clear day. Find someone with Ctrl+K, or start an intake with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tasks due and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected task done (Alt+D, or Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tasks due today or overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tasks due and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Referral follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No referral follow-ups are due in the next two days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Referral follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recently opened participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People you open will be listed here, so you can get back to them quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recently &amp;opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Today — {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Overdue tasks: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due today: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Referral follow-ups due: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Late follow-ups: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Marked done: {task}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select a task first, then mark it done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <location filename="../../ui/pages/participant_tabs/training.py" line="+41"/>
        <source>&amp;Enroll in a course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the participant in a course (Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Finished or left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected course was completed, left or not passed (Alt+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a &amp;credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A credential earned through the selected course (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+67"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-62"/>
        <source>No training yet. Press “Enroll in a course” (Alt+E) when the participant starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record a &amp;job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A job the participant started (Alt+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job en&amp;ded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the last day at the selected job (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount}/hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hours/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No jobs recorded. Press “Record a job” (Alt+J) when the participant is hired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Courses from the program&apos;s list, and credentials earned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Employer, occupation, wage and hours of each job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Training &amp; jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{status} {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status}, ends about {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}, earned {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · advanced position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="+41"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="-134"/>
        <source>A date, like 2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dollars, like 125.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the right value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
