<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Casework</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/casework_words.py" line="+184"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsStrip</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/drafts_strip.py" line="+117"/>
        <source>Unfinished &amp;intakes: %n</source>
        <translation>
            <numerusform>Unfinished &amp;intakes: %n</numerusform>
            <numerusform>Unfinished &amp;intakes: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/lock.py" line="+134"/>
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantHeaderBar</name>
    <message numerus="yes">
        <location filename="../../ui/pages/participant_header.py" line="+185"/>
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n conflict to settle</numerusform>
            <numerusform>%n conflicts to settle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) the server refused</source>
        <translation>
            <numerusform>%n change the server refused</numerusform>
            <numerusform>%n changes the server refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/participants.py" line="+287"/>
        <source>Showing %Ln of {total} participants — scroll down for more.</source>
        <translation>
            <numerusform>Showing %Ln of {total} participants — scroll down for more.</numerusform>
            <numerusform>Showing %Ln of {total} participants — scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Participants shown: %Ln.</source>
        <translation>
            <numerusform>Participants shown: %Ln.</numerusform>
            <numerusform>Participants shown: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/referrals.py" line="+203"/>
        <source>%n referral(s) shown</source>
        <translation>
            <numerusform>%n referral shown</numerusform>
            <numerusform>%n referrals shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/services.py" line="+269"/>
        <source>%n service(s) shown · {amount} requested, approved or paid</source>
        <translation>
            <numerusform>%n service shown · {amount} requested, approved or paid</numerusform>
            <numerusform>%n services shown · {amount} requested, approved or paid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message numerus="yes">
        <location filename="../../ui/pages/participant_tabs/services.py" line="+146"/>
        <source>%n service(s) · {amount} requested, approved or paid</source>
        <translation>
            <numerusform>%n service · {amount} requested, approved or paid</numerusform>
            <numerusform>%n services · {amount} requested, approved or paid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/status_row.py" line="+125"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/sync_page.py" line="+227"/>
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/sync_report.py" line="+32"/>
        <source>Sent: %n change(s).</source>
        <translation>
            <numerusform>Sent: %n change.</numerusform>
            <numerusform>Sent: %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Merged: %n change(s) combined with other changes made to the same records on another laptop.</source>
        <translation>
            <numerusform>Merged: %n change combined with other changes made to the same records on another laptop.</numerusform>
            <numerusform>Merged: %n changes combined with other changes made to the same records on another laptop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Moved: %n change(s) were for a person merged into another record and were saved on that record.</source>
        <translation>
            <numerusform>Moved: %n change was for a person merged into another record and was saved on that record.</numerusform>
            <numerusform>Moved: %n changes were for a person merged into another record and were saved on that record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Received: %n update(s) to your caseload and the program&apos;s lists.</source>
        <translation>
            <numerusform>Received: %n update to your caseload and the program&apos;s lists.</numerusform>
            <numerusform>Received: %n updates to your caseload and the program&apos;s lists.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n participant(s) left your caseload (handed to another coach) and were removed from this laptop.</source>
        <translation>
            <numerusform>%n participant left your caseload (handed to another coach) and was removed from this laptop.</numerusform>
            <numerusform>%n participants left your caseload (handed to another coach) and were removed from this laptop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Conflicts: %n of the changes sent met a different change to the same details from another laptop; both are kept until you choose below.</source>
        <translation>
            <numerusform>Conflicts: %n of the changes sent met a different change to the same details from another laptop; both are kept until you choose below.</numerusform>
            <numerusform>Conflicts: %n of the changes sent met a different change to the same details from another laptop; both are kept until you choose below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Problems: %n change(s) were refused by the server:</source>
        <translation>
            <numerusform>Problems: %n change was refused by the server:</numerusform>
            <numerusform>Problems: %n changes were refused by the server:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/today.py" line="+250"/>
        <source>Overdue tasks: %n</source>
        <translation>
            <numerusform>Overdue tasks: %n</numerusform>
            <numerusform>Overdue tasks: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due today: %n</source>
        <translation>
            <numerusform>Due today: %n</numerusform>
            <numerusform>Due today: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Referral follow-ups due: %n</source>
        <translation>
            <numerusform>Referral follow-ups due: %n</numerusform>
            <numerusform>Referral follow-ups due: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Late follow-ups: %n</source>
        <translation>
            <numerusform>Late follow-ups: %n</numerusform>
            <numerusform>Late follow-ups: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Unfinished intakes: %n</source>
        <translation>
            <numerusform>&amp;Unfinished intakes: %n</numerusform>
            <numerusform>&amp;Unfinished intakes: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
