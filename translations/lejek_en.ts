<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>lejek::app::ClosedStageTile</name>
    <message numerus="yes">
        <location filename="../src/app/board/ClosedStageTile.cpp" line="+40"/>
        <source>%1 lead(s)</source>
        <translation>
            <numerusform>%1 lead</numerusform>
            <numerusform>%1 leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1, %2 lead(s)</source>
        <comment>stage name, lead count</comment>
        <translation>
            <numerusform>%1, %2 lead</numerusform>
            <numerusform>%1, %2 leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::LeadCardDelegate</name>
    <message numerus="yes">
        <location filename="../src/app/board/LeadCardDelegate.cpp" line="+141"/>
        <source>%Ln d</source>
        <comment>days in the stage, abbreviated</comment>
        <translation>
            <numerusform>%Ln d</numerusform>
            <numerusform>%Ln d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/app/mainwindow/MainWindow.cpp" line="+237"/>
        <source>%1 lead(s) in this pipeline</source>
        <translation>
            <numerusform>%1 lead in this pipeline</numerusform>
            <numerusform>%1 leads in this pipeline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lejek::app::StageColumn</name>
    <message numerus="yes">
        <location filename="../src/app/board/StageColumn.cpp" line="+51"/>
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
<context>
    <name>lejek::app::StageLeadModel</name>
    <message numerus="yes">
        <location filename="../src/app/board/StageLeadModel.cpp" line="+198"/>
        <source>%Ln day(s) in this stage</source>
        <translation>
            <numerusform>%Ln day in this stage</numerusform>
            <numerusform>%Ln days in this stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Rotting: no activity for more than %n day(s)</source>
        <translation>
            <numerusform>Rotting: no activity for more than %n day</numerusform>
            <numerusform>Rotting: no activity for more than %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
