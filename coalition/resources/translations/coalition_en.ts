<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%Ln answers recorded</source>
        <translation>
            <numerusform>%Ln answer recorded</numerusform>
            <numerusform>%Ln answers recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln not applied (Mail → Unmatched replies…)</source>
        <translation>
            <numerusform>; %Ln not applied (Mail → Unmatched replies…)</numerusform>
            <numerusform>; %Ln not applied (Mail → Unmatched replies…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals of another time shown on the call</source>
        <translation>
            <numerusform>%Ln proposal of another time shown on the call</numerusform>
            <numerusform>%Ln proposals of another time shown on the call</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln replies not applied, listed under {where}</source>
        <translation>
            <numerusform>%Ln reply not applied, listed under {where}</numerusform>
            <numerusform>%Ln replies not applied, listed under {where}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln organizations to {target}.

This file is not encrypted; keep it safe.</source>
        <translation>
            <numerusform>Wrote %Ln organization to {target}.

This file is not encrypted; keep it safe.</numerusform>
            <numerusform>Wrote %Ln organizations to {target}.

This file is not encrypted; keep it safe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionItemsScreen</name>
    <message numerus="yes">
        <source>%Ln action items</source>
        <translation>
            <numerusform>%Ln action item</numerusform>
            <numerusform>%Ln action items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message numerus="yes">
        <source>Its history of %Ln statuses goes with it. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Its history of %Ln status goes with it. You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Its history of %Ln statuses goes with it. You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsScreen</name>
    <message numerus="yes">
        <source>This also deletes its %Ln endorsements, with their histories. </source>
        <translation>
            <numerusform>This also deletes its %Ln endorsement, with its history. </numerusform>
            <numerusform>This also deletes its %Ln endorsements, with their histories. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoalitionGraphView</name>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>%Ln conflicts to review</source>
        <translation>
            <numerusform>%Ln conflict to review</numerusform>
            <numerusform>%Ln conflicts to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentExport</name>
    <message numerus="yes">
        <source>{name} (%Ln people)</source>
        <translation>
            <numerusform>{name} (%Ln person)</numerusform>
            <numerusform>{name} (%Ln people)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln people who consented to {name} to {target}, each with the date and the words they agreed to.

This file is not encrypted; keep it safe.</source>
        <translation>
            <numerusform>Wrote %Ln person who consented to {name} to {target}, with the date and the words they agreed to.

This file is not encrypted; keep it safe.</numerusform>
            <numerusform>Wrote %Ln people who consented to {name} to {target}, each with the date and the words they agreed to.

This file is not encrypted; keep it safe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message numerus="yes">
        <source>%Ln days late</source>
        <translation>
            <numerusform>%Ln day late</numerusform>
            <numerusform>%Ln days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsScreen</name>
    <message numerus="yes">
        <source>%Ln drafts</source>
        <translation>
            <numerusform>%Ln draft</numerusform>
            <numerusform>%Ln drafts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message numerus="yes">
        <source>%Ln petition batches</source>
        <translation>
            <numerusform>%Ln petition batch</numerusform>
            <numerusform>%Ln petition batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reports</source>
        <translation>
            <numerusform>%Ln report</numerusform>
            <numerusform>%Ln reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sign-ups</source>
        <translation>
            <numerusform>%Ln sign-up</numerusform>
            <numerusform>%Ln sign-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates merged</source>
        <translation>
            <numerusform>%Ln duplicate merged</numerusform>
            <numerusform>%Ln duplicates merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates skipped</source>
        <translation>
            <numerusform>%Ln duplicate skipped</numerusform>
            <numerusform>%Ln duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln people</source>
        <translation>
            <numerusform>&amp;Import %Ln person</numerusform>
            <numerusform>&amp;Import %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln organizations</source>
        <translation>
            <numerusform>&amp;Import %Ln organization</numerusform>
            <numerusform>&amp;Import %Ln organizations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message numerus="yes">
        <source>Mail sent: %Ln messages.</source>
        <translation>
            <numerusform>Mail sent: %Ln message.</numerusform>
            <numerusform>Mail sent: %Ln messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipients refused by the server: see the outbox.</source>
        <translation>
            <numerusform>%Ln recipient refused by the server: see the outbox.</numerusform>
            <numerusform>%Ln recipients refused by the server: see the outbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixScreen</name>
    <message numerus="yes">
        <source>%Ln endorsements: {status}</source>
        <translation>
            <numerusform>%Ln endorsement: {status}</numerusform>
            <numerusform>%Ln endorsements: {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsers</source>
        <translation>
            <numerusform>%Ln endorser</numerusform>
            <numerusform>%Ln endorsers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaigns</source>
        <translation>
            <numerusform>%Ln campaign</numerusform>
            <numerusform>%Ln campaigns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationsScreen</name>
    <message numerus="yes">
        <source>its %Ln memberships</source>
        <translation>
            <numerusform>its %Ln membership</numerusform>
            <numerusform>its %Ln memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements by or of it</source>
        <translation>
            <numerusform>%Ln endorsement by or of it</numerusform>
            <numerusform>%Ln endorsements by or of it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln chapters stay, without a parent.</source>
        <translation>
            <numerusform>Its %Ln chapter stays, without a parent.</numerusform>
            <numerusform>Its %Ln chapters stay, without a parent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message numerus="yes">
        <source>Tried %Ln times</source>
        <translation>
            <numerusform>Tried once</numerusform>
            <numerusform>Tried %Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages cancelled: they will not go (Resend puts them back).</source>
        <translation>
            <numerusform>%Ln message cancelled: it will not go (Resend puts it back).</numerusform>
            <numerusform>%Ln messages cancelled: they will not go (Resend puts them back).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages back in the outbox, sent with the next run.</source>
        <translation>
            <numerusform>%Ln message back in the outbox, sent with the next run.</numerusform>
            <numerusform>%Ln messages back in the outbox, sent with the next run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages sent.</source>
        <translation>
            <numerusform>%Ln message sent.</numerusform>
            <numerusform>%Ln messages sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed and will be tried again.</source>
        <translation>
            <numerusform>%Ln failed and will be tried again.</numerusform>
            <numerusform>%Ln failed and will be tried again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln wait for you to see their series&apos; first messages.</source>
        <translation>
            <numerusform>%Ln waits for you to see its series&apos; first messages.</numerusform>
            <numerusform>%Ln wait for you to see their series&apos; first messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message numerus="yes">
        <source>%Ln memberships</source>
        <translation>
            <numerusform>%Ln membership</numerusform>
            <numerusform>%Ln memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements they made</source>
        <translation>
            <numerusform>%Ln endorsement they made</numerusform>
            <numerusform>%Ln endorsements they made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PetitionBatchesDialog</name>
    <message numerus="yes">
        <source>%Ln batches</source>
        <translation>
            <numerusform>%Ln batch</numerusform>
            <numerusform>%Ln batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <source>Too many wrong tries: wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Too many wrong tries: wait %n second, then try again.</numerusform>
            <numerusform>Too many wrong tries: wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <source>%Ln messages, one per participant.</source>
        <translation>
            <numerusform>%Ln message, one per participant.</numerusform>
            <numerusform>%Ln messages, one per participant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message numerus="yes">
        <source>Wrote %Ln people to {target}.

This file is not encrypted; keep it safe.</source>
        <translation>
            <numerusform>Wrote %Ln person to {target}.

This file is not encrypted; keep it safe.</numerusform>
            <numerusform>Wrote %Ln people to {target}.

This file is not encrypted; keep it safe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{approved} of %Ln variants approved</source>
        <translation>
            <numerusform>{approved} of %Ln variant approved</numerusform>
            <numerusform>{approved} of %Ln variants approved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateTileMap</name>
    <message numerus="yes">
        <source>Representatives in {represented} of %Ln states (goal)</source>
        <translation>
            <numerusform>Representatives in {represented} of %Ln state (goal)</numerusform>
            <numerusform>Representatives in {represented} of %Ln states (goal)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Representatives in %Ln states</source>
        <translation>
            <numerusform>Representatives in %Ln state</numerusform>
            <numerusform>Representatives in %Ln states</numerusform>
        </translation>
    </message>
</context>
</TS>
