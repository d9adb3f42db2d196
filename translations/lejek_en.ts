<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>lejek::app::ClosedStageTile</name>
    <message numerus="yes">
        <location filename="../src/app/board/ClosedStageTile.cpp" line="+42"/>
        <source>%1 lead(s)</source>
        <translation>
            <numerusform>%1 lead</numerusform>
            <numerusform>%1 leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%1, %2 lead(s)</source>
        <comment>stage name, lead count</comment>
        <translation>
            <numerusform>%1, %2 lead</numerusform>
            <numerusform>%1, %2 leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::CompleteToMoveDialog</name>
    <message numerus="yes">
        <location filename="../src/app/card/CompleteToMoveDialog.cpp" line="+128"/>
        <source>To move &lt;b&gt;%n lead(s)&lt;/b&gt; to &lt;b&gt;%1&lt;/b&gt;, fill in what this stage asks for. The values go to each of them.</source>
        <translation>
            <numerusform>To move &lt;b&gt;%n lead&lt;/b&gt; to &lt;b&gt;%1&lt;/b&gt;, fill in what this stage asks for. The values go to each of them.</numerusform>
            <numerusform>To move &lt;b&gt;%n leads&lt;/b&gt; to &lt;b&gt;%1&lt;/b&gt;, fill in what this stage asks for. The values go to each of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::CustomersView</name>
    <message numerus="yes">
        <location filename="../src/app/customers/CustomersView.cpp" line="+221"/>
        <source>%n deal(s) of other owners, not shown to you</source>
        <translation>
            <numerusform>%n deal of another owner, not shown to you</numerusform>
            <numerusform>%n deals of other owners, not shown to you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::DashboardView</name>
    <message numerus="yes">
        <location filename="../src/app/dashboard/DashboardView.cpp" line="+413"/>
        <source>%1, %2 to %3: %4 lead(s) came in, %5 won and %6 lost.</source>
        <translation>
            <numerusform>%1, %2 to %3: %4 lead came in, %5 won and %6 lost.</numerusform>
            <numerusform>%1, %2 to %3: %4 leads came in, %5 won and %6 lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::DuplicatePrompt</name>
    <message numerus="yes">
        <location filename="../src/app/card/DuplicatePrompt.cpp" line="+22"/>
        <source>%n more lead(s) you may not see share the e-mail, NIP or web domain.</source>
        <translation>
            <numerusform>%n more lead you may not see shares the e-mail, NIP or web domain.</numerusform>
            <numerusform>%n more leads you may not see share the e-mail, NIP or web domain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::HandoffFigures</name>
    <message numerus="yes">
        <location filename="../src/app/dashboard/HandoffFigures.cpp" line="+34"/>
        <source>%n more reason(s)</source>
        <translation>
            <numerusform>%n more reason</numerusform>
            <numerusform>%n more reasons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::LeadCardDelegate</name>
    <message numerus="yes">
        <location filename="../src/app/board/LeadCardDelegate.cpp" line="+188"/>
        <source>%Ln d</source>
        <comment>days in the stage, abbreviated</comment>
        <translation>
            <numerusform>%Ln d</numerusform>
            <numerusform>%Ln d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>SLA %Ln min</source>
        <comment>time left to the SLA&apos;s due time</comment>
        <translation>
            <numerusform>SLA %Ln min</numerusform>
            <numerusform>SLA %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>SLA %Ln h</source>
        <comment>time left to the SLA&apos;s due time</comment>
        <translation>
            <numerusform>SLA %Ln h</numerusform>
            <numerusform>SLA %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>SLA %Ln d</source>
        <comment>time left to the SLA&apos;s due time</comment>
        <translation>
            <numerusform>SLA %Ln d</numerusform>
            <numerusform>SLA %Ln d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::LeadListDialog</name>
    <message numerus="yes">
        <location filename="../src/app/dashboard/LeadListDialog.cpp" line="+80"/>
        <source>%1 lead(s). Enter or a double-click opens a lead&apos;s card.</source>
        <translation>
            <numerusform>%1 lead. Enter or a double-click opens its card.</numerusform>
            <numerusform>%1 leads. Enter or a double-click opens a lead&apos;s card.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::LeadMover</name>
    <message numerus="yes">
        <location filename="../src/app/board/LeadMover.cpp" line="+101"/>
        <source>Drop to mark %n lead(s) as won; you confirm first.</source>
        <translation>
            <numerusform>Drop to mark %n lead as won; you confirm first.</numerusform>
            <numerusform>Drop to mark %n leads as won; you confirm first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Drop to mark %n lead(s) as lost; you give the reason.</source>
        <translation>
            <numerusform>Drop to mark %n lead as lost; you give the reason.</numerusform>
            <numerusform>Drop to mark %n leads as lost; you give the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Move %n lead(s) here</source>
        <translation>
            <numerusform>Move %n lead here</numerusform>
            <numerusform>Move %n leads here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Mark %n lead(s) as won?</source>
        <translation>
            <numerusform>Mark %n lead as won?</numerusform>
            <numerusform>Mark %n leads as won?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+163"/>
        <source>Move %n lead(s) to “%1”</source>
        <translation>
            <numerusform>Move %n lead to “%1”</numerusform>
            <numerusform>Move %n leads to “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::LeadRoles</name>
    <message numerus="yes">
        <location filename="../src/app/board/LeadRoles.cpp" line="+99"/>
        <source>%Ln day(s) in this stage</source>
        <translation>
            <numerusform>%Ln day in this stage</numerusform>
            <numerusform>%Ln days in this stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Rotting: no activity for more than %n day(s)</source>
        <translation>
            <numerusform>Rotting: no activity for more than %n day</numerusform>
            <numerusform>Rotting: no activity for more than %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/app/mainwindow/MainWindow.cpp" line="+106"/>
        <source>Moved %n lead(s).</source>
        <translation>
            <numerusform>Moved %n lead.</numerusform>
            <numerusform>Moved %n leads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+412"/>
        <source>%1 lead(s) in this pipeline</source>
        <translation>
            <numerusform>%1 lead in this pipeline</numerusform>
            <numerusform>%1 leads in this pipeline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::SameLeadBar</name>
    <message numerus="yes">
        <location filename="../src/app/card/SameLeadBar.cpp" line="+95"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::StageColumn</name>
    <message numerus="yes">
        <location filename="../src/app/board/StageColumn.cpp" line="+63"/>
        <source>%1, %2 lead(s)</source>
        <comment>stage name, lead count</comment>
        <translation>
            <numerusform>%1, %2 lead</numerusform>
            <numerusform>%1, %2 leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::StageHeader</name>
    <message numerus="yes">
        <location filename="../src/app/board/StageHeader.cpp" line="+82"/>
        <source>%1 lead(s)</source>
        <translation>
            <numerusform>%1 lead</numerusform>
            <numerusform>%1 leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>A lead rots after %n day(s) without activity.</source>
        <translation>
            <numerusform>A lead rots after %n day without activity.</numerusform>
            <numerusform>A lead rots after %n days without activity.</numerusform>
        </translation>
    </message>
</context>
</TS>
