<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddProfileDialog</name>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>PIN (optional)</source>
        <translation>PIN (optional)</translation>
    </message>
    <message>
        <source>optional, 4–12 digits</source>
        <translation>optional, 4–12 Ziffern</translation>
    </message>
    <message>
        <source>Link to ambassador</source>
        <translation>Mit Botschafter-Eintrag verknüpfen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>Roles *</source>
        <translation>Rollen *</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Link to ambassador</source>
        <translation>Mit Botschafter-Eintrag &amp;verknüpfen</translation>
    </message>
    <message>
        <source>Ambassadors need a profile to write drafts and to tick their own onboarding items. Reviewers need one to review drafts.</source>
        <translation>Botschafter:innen brauchen ein Profil, um Entwürfe zu schreiben und ihre Onboarding-Punkte abzuhaken. Prüfer:innen brauchen eines, um Entwürfe zu prüfen.</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>Name ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>Die PIN muss aus 4 bis 12 Ziffern bestehen.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Botschafter:in</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Published on {0}</source>
        <translation>Veröffentlicht am {0}</translation>
    </message>
</context>
<context>
    <name>AmbassadorDialog</name>
    <message>
        <source>Edit ambassador</source>
        <translation>Botschafter/in bearbeiten</translation>
    </message>
    <message>
        <source>New ambassador</source>
        <translation>Neue Botschafterin / neuer Botschafter</translation>
    </message>
    <message>
        <source>Set active on Programme &gt; Onboarding once the onboarding items are ticked.</source>
        <translation>Aktiv setzen unter Programm &gt; Einarbeitung, sobald die Einarbeitungspunkte abgehakt sind.</translation>
    </message>
    <message>
        <source>Only an active ambassador can pause.</source>
        <translation>Pausieren kann nur, wer aktiv ist.</translation>
    </message>
    <message>
        <source>New people start as candidates or in onboarding; a practice manager sets them active once their onboarding is complete.</source>
        <translation>Neue Personen beginnen als Kandidat/in oder in der Einarbeitung; die Praxisleitung setzt sie aktiv, sobald die Einarbeitung abgeschlossen ist.</translation>
    </message>
    <message>
        <source> h/month</source>
        <translation> Std./Monat</translation>
    </message>
    <message>
        <source> posts/month</source>
        <translation> Beiträge/Monat</translation>
    </message>
    <message>
        <source>e.g. Team, Training, Jobs (comma-separated)</source>
        <translation>z. B. Team, Ausbildung, Jobs (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job role</source>
        <translation>Berufsgruppe</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <source>Posts per month</source>
        <translation>Beiträge pro Monat</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Job role</source>
        <translation>&amp;Berufsgruppe</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Abteilung</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Time budget (working time)</source>
        <translation>&amp;Zeitbudget (Arbeitszeit)</translation>
    </message>
    <message>
        <source>&amp;Cadence target</source>
        <translation>Beitrags&amp;rhythmus</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>T&amp;hemen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Profil-URL</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Kanal entfernen</translation>
    </message>
    <message>
        <source>Consents (written, voluntary)</source>
        <translation>Einwilligungen (schriftlich, freiwillig)</translation>
    </message>
    <message>
        <source>Participation agreement</source>
        <translation>Teilnahmevereinbarung</translation>
    </message>
    <message>
        <source>Photo/video consent</source>
        <translation>Foto-/Video-Einwilligung</translation>
    </message>
    <message>
        <source>Give this person an app &amp;profile (to write drafts and tick their onboarding items)</source>
        <translation>Dieser Person ein App-&amp;Profil geben (um Entwürfe zu schreiben und Onboarding-Punkte abzuhaken)</translation>
    </message>
    <message>
        <source>Give this person an app profile</source>
        <translation>Dieser Person ein App-Profil geben</translation>
    </message>
    <message>
        <source>Channel {0} – followers must be a whole number.</source>
        <translation>Kanal {0} – die Follower-Zahl muss eine ganze Zahl sein.</translation>
    </message>
</context>
<context>
    <name>AmbassadorTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job role</source>
        <translation>Berufsgruppe</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>AmbassadorsPage</name>
    <message>
        <source>Ambassadors</source>
        <translation>Botschafter:innen</translation>
    </message>
    <message>
        <source>Search ambassadors</source>
        <translation>Botschafter:innen suchen</translation>
    </message>
    <message>
        <source>Search name, department, e-mail … (Ctrl+F)</source>
        <translation>Name, Abteilung, E-Mail suchen … (Strg+F)</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>All except alumni</source>
        <translation>Alle außer Alumni</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;New ambassador</source>
        <translation>&amp;Neue/r Botschafter/in</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Archive (alumni)</source>
        <translation>&amp;Archivieren (Alumni)</translation>
    </message>
    <message>
        <source>Ambassadors are never deleted; archived ones keep their history and can be reactivated.</source>
        <translation>Botschafter:innen werden nie gelöscht; archivierte behalten ihren Verlauf und können wieder aktiviert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n ambassador(s)</source>
        <translation>
            <numerusform>%n Botschafter/in</numerusform>
            <numerusform>%n Botschafter:innen</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive ambassador</source>
        <translation>Botschafter/in archivieren</translation>
    </message>
    <message>
        <source>Move {0} to the alumni? Their posts and history stay; you can reactivate them later.</source>
        <translation>{0} zu den Alumni verschieben? Beiträge und Verlauf bleiben erhalten; Sie können die Person später wieder aktivieren.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This file has no programme yet; choose File &gt; New to set one up.</source>
        <translation>Diese Datei enthält noch kein Programm. Wählen Sie Datei &gt; Neues Programm, um eines einzurichten.</translation>
    </message>
    <message>
        <source>New programme file</source>
        <translation>Neue Programmdatei</translation>
    </message>
    <message>
        <source>{0} already exists. Choose another name; existing files are never overwritten.</source>
        <translation>{0} ist bereits vorhanden. Wählen Sie einen anderen Namen; vorhandene Dateien werden nie überschrieben.</translation>
    </message>
    <message>
        <source>Open programme file</source>
        <translation>Programmdatei öffnen</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace {0} with the backup {1}? The current file is kept beside it, renamed with “replaced” and the time.</source>
        <translation>{0} durch die Sicherung {1} ersetzen? Die aktuelle Datei bleibt daneben erhalten, umbenannt mit „replaced“ und der Uhrzeit.</translation>
    </message>
    <message>
        <source>{0} is a backup of the demo programme, and {1} holds your real programme. Replace your real programme with the demo? The current file is kept beside it, renamed with “replaced” and the time.</source>
        <translation>{0} ist eine Sicherung des Demo-Programms, und {1} enthält Ihr echtes Programm. Ihr echtes Programm durch die Demo ersetzen? Die aktuelle Datei bleibt daneben erhalten, umbenannt mit „replaced“ und der Uhrzeit.</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>(untitled)</source>
        <extracomment>Cards loaded per column; the column header says when there are more. Room around a card's text: item padding, border and margin from the style sheet, plus slack.</extracomment>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>showing {0}</source>
        <translation>{0} angezeigt</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <extracomment>The legend in workflow order; withdrawn drafts are never on the calendar.</extracomment>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Vorheriger Monat (Bild auf)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Back to today (Ctrl+T)</source>
        <translation>Zurück zu heute (Strg+T)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Nächster Monat (Bild ab)</translation>
    </message>
    <message>
        <source>Filter by ambassador</source>
        <translation>Nach Botschafter:in filtern</translation>
    </message>
    <message>
        <source>All ambassadors</source>
        <translation>Alle Botschafter:innen</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>Kalender e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Save planned and published posts as a calendar file (.ics) for Outlook, Thunderbird or your phone: title, ambassador, channels and state, no post text. With an ambassador chosen, only their posts.</source>
        <translation>Geplante und veröffentlichte Beiträge als Kalenderdatei (.ics) für Outlook, Thunderbird oder das Handy speichern: Titel, Botschafter:in, Kanäle und Status, kein Beitragstext. Ist eine Person ausgewählt, nur ihre Beiträge.</translation>
    </message>
    <message>
        <source>Colours by state</source>
        <translation>Farben nach Status</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Posts this month</source>
        <translation>Beiträge in diesem Monat</translation>
    </message>
    <message>
        <source>Month or list</source>
        <translation>Monat oder Liste</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>held because of an incident</source>
        <extracomment>Marks in front of a title (DejaVu and Segoe UI both have these glyphs). One colour per state (the legend names them); light tints fill the entries, the strong colour marks their edge.</extracomment>
        <translation>wegen eines Vorfalls angehalten</translation>
    </message>
    <message>
        <source>Nothing planned or published for {0} in {1}.</source>
        <translation>Für {0} ist im {1} nichts geplant oder veröffentlicht.</translation>
    </message>
    <message>
        <source>Nothing planned or published in {0}.</source>
        <translation>Im {0} ist nichts geplant oder veröffentlicht.</translation>
    </message>
    <message>
        <source>Drafts appear here once they have a planned date (in the editor) or are published.</source>
        <translation>Entwürfe erscheinen hier, sobald sie ein geplantes Datum haben (im Editor) oder veröffentlicht sind.</translation>
    </message>
    <message>
        <source>{0}: {1} planned, {2} published.</source>
        <translation>{0}: {1} geplant, {2} veröffentlicht.</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Kalenderdateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) saved to the calendar file {0}.</source>
        <translation>
            <numerusform>%n Beitrag in der Kalenderdatei {0} gespeichert.</numerusform>
            <numerusform>%n Beiträge in der Kalenderdatei {0} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar could not be saved to {0}: {1}</source>
        <translation>Der Kalender konnte nicht unter {0} gespeichert werden: {1}</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>Block</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Must be changed before the post can be submitted (a reviewer may override it with a reason).</source>
        <translation>Muss geändert werden, bevor der Beitrag zur Prüfung eingereicht werden kann (Prüfer/innen können dies mit Begründung übergehen).</translation>
    </message>
    <message>
        <source>Please check; the reviewer will look at it.</source>
        <translation>Bitte prüfen; die Prüferin oder der Prüfer sieht es sich an.</translation>
    </message>
    <message>
        <source>For information; usually fine.</source>
        <translation>Zur Information; meist unbedenklich.</translation>
    </message>
    <message>
        <source>1 block</source>
        <translation>1 Blocker</translation>
    </message>
    <message>
        <source>{0} blocks</source>
        <translation>{0} Blocker</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>{0} warnings</source>
        <translation>{0} Warnungen</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Hinweis</translation>
    </message>
    <message>
        <source>{0} notes</source>
        <translation>{0} Hinweise</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Auffälligkeiten</translation>
    </message>
    <message>
        <source>What to do instead</source>
        <translation>Was Sie stattdessen tun können</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist progress</source>
        <extracomment>Open items in the "still open" box are shortened to this many characters when several are listed (the full texts are in its tooltip and in the list below). A record that is closed (an incident after its end) is shown, not changed.</extracomment>
        <translation>Fortschritt der Checkliste</translation>
    </message>
    <message>
        <source>Show part of the checklist</source>
        <translation>Teil der Checkliste anzeigen</translation>
    </message>
    <message>
        <source>Whole checklist</source>
        <translation>Ganze Checkliste</translation>
    </message>
    <message>
        <source>Author's part</source>
        <translation>Teil der verfassenden Person</translation>
    </message>
    <message>
        <source>Reviewer's part</source>
        <translation>Teil der Prüfer/innen</translation>
    </message>
    <message>
        <source>No checklist yet.</source>
        <extracomment>Holds the clicked row in place while text above the list changes (see steady).</extracomment>
        <translation>Noch keine Checkliste.</translation>
    </message>
    <message>
        <source>{0} of {1} done (required: {2} of {3})</source>
        <translation>{0} von {1} erledigt (Pflicht: {2} von {3})</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… und {0} weitere</translation>
    </message>
    <message>
        <source>Still open (required):</source>
        <translation>Noch offen (Pflicht):</translation>
    </message>
    <message>
        <source>All steps are done.</source>
        <translation>Alle Schritte sind erledigt.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Owner: {0}</source>
        <translation>Zuständig: {0}</translation>
    </message>
    <message>
        <source>Phase: {0}</source>
        <translation>Phase: {0}</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>Practice manager</source>
        <translation>Praxismanager/in</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer/in</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Botschafter/in</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser/in</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The text is not valid TOML: {detail}</source>
        <translation>Der Text ist kein gültiges TOML: {detail}</translation>
    </message>
    <message>
        <source>A required field is missing: {field}</source>
        <translation>Ein Pflichtfeld fehlt: {field}</translation>
    </message>
    <message>
        <source>{field} has the wrong type (expected {expected}).</source>
        <translation>{field} hat den falschen Typ (erwartet: {expected}).</translation>
    </message>
    <message>
        <source>{field} is not a known field.</source>
        <translation>{field} ist kein bekanntes Feld.</translation>
    </message>
    <message>
        <source>{field}: unknown role “{value}” (use manager, reviewer, ambassador, author or any).</source>
        <translation>{field}: unbekannte Rolle „{value}“ (erlaubt: manager, reviewer, ambassador, author oder any).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not allowed here.</source>
        <translation>{field}: „{value}“ ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a step of this template.</source>
        <translation>{field}: „{value}“ ist kein Schritt dieser Vorlage.</translation>
    </message>
    <message>
        <source>{field}: ids use only small letters, digits and _ (got “{value}”).</source>
        <translation>{field}: IDs bestehen nur aus Kleinbuchstaben, Ziffern und _ (angegeben: „{value}“).</translation>
    </message>
    <message>
        <source>{field}: the value “{value}” is not valid.</source>
        <translation>{field}: Der Wert „{value}“ ist ungültig.</translation>
    </message>
    <message>
        <source>{field} is empty; every text needs German and English.</source>
        <translation>{field} ist leer; jeder Text braucht eine deutsche und eine englische Fassung.</translation>
    </message>
    <message>
        <source>The template has no items.</source>
        <translation>Die Vorlage enthält keine Punkte.</translation>
    </message>
    <message>
        <source>{field}: the item id “{value}” is used twice.</source>
        <translation>{field}: Die Punkt-ID „{value}“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>{field}: the step id “{value}” is used twice.</source>
        <translation>{field}: Die Schritt-ID „{value}“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>attaches_to does not fit kind {kind}.</source>
        <translation>attaches_to passt nicht zur Art {kind}.</translation>
    </message>
    <message>
        <source>{field}: only the pre-publication checklist has parts.</source>
        <translation>{field}: Nur die Checkliste vor der Veröffentlichung hat Teile.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>{0}, line {1}</source>
        <translation>{0}, Zeile {1}</translation>
    </message>
    <message>
        <source>This ambassador cannot become active yet. These required onboarding items are still open:</source>
        <translation>Diese Person kann noch nicht aktiv werden. Folgende Pflichtpunkte der Einarbeitung sind noch offen:</translation>
    </message>
    <message>
        <source>photo consent of {0} withdrawn</source>
        <translation>Foto-Einwilligung von {0} widerrufen</translation>
    </message>
    <message>
        <source>no photo consent on file for {0}</source>
        <translation>keine Foto-Einwilligung hinterlegt für {0}</translation>
    </message>
    <message>
        <source>no written consent marked for {0}, who is not on the roster</source>
        <translation>keine schriftliche Einwilligung vermerkt für {0}, nicht auf der Botschafterliste</translation>
    </message>
    <message>
        <source>{0} (image {1})</source>
        <translation>{0} (Bild {1})</translation>
    </message>
    <message>
        <source>Records say: {0}</source>
        <translation>Laut Unterlagen: {0}</translation>
    </message>
    <message>
        <source>People on the roster: record their photo consent on the Ambassadors page, or remove them from the image (Images tab of the draft).</source>
        <translation>Personen auf der Botschafterliste: Erfassen Sie ihre Foto-Einwilligung auf der Seite Botschafter:innen oder entfernen Sie sie vom Bild (Reiter Bilder des Entwurfs).</translation>
    </message>
    <message>
        <source>A withdrawn photo consent: remove the person from the image, or remove the image (Images tab of the draft).</source>
        <translation>Widerrufene Foto-Einwilligung: Entfernen Sie die Person vom Bild oder das Bild selbst (Reiter Bilder des Entwurfs).</translation>
    </message>
    <message>
        <source>Someone not on the roster (a patient, a visitor, a colleague): once their written consent is on file, tick “Written consent on file” for them on the Images tab of the draft; otherwise remove them from the image or remove the image.</source>
        <translation>Jemand, der nicht auf der Botschafterliste steht (Patient:in, Besuch, Kolleg:in): Sobald die schriftliche Einwilligung vorliegt, haken Sie im Reiter Bilder des Entwurfs „Schriftliche Einwilligung liegt vor“ an; sonst entfernen Sie die Person oder das Bild.</translation>
    </message>
    <message>
        <source>This item cannot be ticked while the app's own records say otherwise:</source>
        <translation>Dieser Punkt kann nicht abgehakt werden, solange die Unterlagen der App etwas anderes sagen:</translation>
    </message>
    <message>
        <source>Then tick the item.</source>
        <translation>Dann haken Sie den Punkt ab.</translation>
    </message>
    <message>
        <source>This item is ticked by the role “{0}”; your profile does not have it.</source>
        <translation>Diesen Punkt hakt die Rolle „{0}“ ab; Ihr Profil hat diese Rolle nicht.</translation>
    </message>
    <message>
        <source>Someone ticked this item meanwhile.</source>
        <translation>Inzwischen hat jemand diesen Punkt abgehakt.</translation>
    </message>
    <message>
        <source>Someone unticked this item meanwhile.</source>
        <translation>Inzwischen hat jemand das Häkchen bei diesem Punkt entfernt.</translation>
    </message>
    <message>
        <source>The template has no changes; nothing was saved.</source>
        <translation>Die Vorlage wurde nicht geändert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A template cannot change its kind. Give the copy a new id instead.</source>
        <translation>Eine Vorlage kann ihre Art nicht ändern. Geben Sie der Kopie stattdessen eine neue ID.</translation>
    </message>
    <message>
        <source>This incident is already closed.</source>
        <translation>Dieser Vorfall ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>The checklist change was refused ({0}).</source>
        <translation>Die Änderung an der Checkliste wurde abgelehnt ({0}).</translation>
    </message>
    <message>
        <source>Clinic Ambassadors</source>
        <translation>Clinic Ambassadors</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Do not quote the selection</source>
        <translation>Markierung nicht zitieren</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>Write a comment. Select a passage in the text first to quote it. (Ctrl+Return adds it)</source>
        <translation>Kommentar schreiben. Markieren Sie zuerst eine Stelle im Text, um sie zu zitieren. (Strg+Eingabe fügt ihn hinzu)</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>&amp;Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Quoting: “{0}”</source>
        <translation>Zitat: „{0}“</translation>
    </message>
    <message>
        <source>revision {0}</source>
        <translation>Fassung {0}</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Version of the signed form, e.g. 2025-1</source>
        <translation>Version des unterschriebenen Formulars, z. B. 2025-1</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
</context>
<context>
    <name>DraftBoard</name>
    <message>
        <source>Drafts by state</source>
        <translation>Entwürfe nach Status</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title (for you and the reviewer)</source>
        <translation>Titel (für Sie und die Prüfung)</translation>
    </message>
    <message>
        <source>Text of the post</source>
        <translation>Text des Beitrags</translation>
    </message>
    <message>
        <source>Write your post in your own words. Underlined passages may be a legal risk.</source>
        <translation>Schreiben Sie Ihren Beitrag in eigenen Worten. Unterstrichene Stellen können ein rechtliches Risiko sein.</translation>
    </message>
    <message>
        <source>Why this draft is read-only</source>
        <translation>Warum dieser Entwurf schreibgeschützt ist</translation>
    </message>
    <message>
        <source>Character count per channel</source>
        <translation>Zeichenzahl pro Kanal</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Findings, comments, revisions and images</source>
        <translation>Auffälligkeiten, Kommentare, Fassungen und Bilder</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Auffälligkeiten</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>{0} – draft by {1}</source>
        <translation>{0} – Entwurf von {1}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Comments ({0})</source>
        <translation>Kommentare ({0})</translation>
    </message>
    <message>
        <source>Revisions ({0})</source>
        <translation>Fassungen ({0})</translation>
    </message>
    <message>
        <source>Images ({0})</source>
        <translation>Bilder ({0})</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>Die Datei ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Only the author edits this draft; you can comment{0}.</source>
        <translation>Nur die verfassende Person bearbeitet diesen Entwurf; Sie können kommentieren{0}.</translation>
    </message>
    <message>
        <source> and override block findings</source>
        <translation> und Blocker übergehen</translation>
    </message>
    <message>
        <source>This draft can no longer be edited.</source>
        <translation>Dieser Entwurf kann nicht mehr bearbeitet werden.</translation>
    </message>
    <message>
        <source>Changed – saving in a moment …</source>
        <translation>Geändert – wird gleich gespeichert …</translation>
    </message>
    <message>
        <source>Not saved – too long</source>
        <translation>Nicht gespeichert – zu lang</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved · revision {0}</source>
        <translation>Gespeichert · Fassung {0}</translation>
    </message>
    <message>
        <source>Not saved: {0} Your text is still here; it is saved as soon as you change it.</source>
        <translation>Nicht gespeichert: {0} Ihr Text ist noch da; er wird gespeichert, sobald Sie ihn ändern.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Not saved: {0} Your text is still here; saving is tried again in a moment (Ctrl+S tries now).</source>
        <translation>Nicht gespeichert: {0} Ihr Text ist noch da; das Speichern wird gleich erneut versucht (Strg+S versucht es sofort).</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Findings ({0})</source>
        <translation>Auffälligkeiten ({0})</translation>
    </message>
    <message>
        <source>The compliance check could not run: {0}
Your text is safe: the check only reads it. It runs again when you change the text.</source>
        <translation>Die Rechtsprüfung konnte nicht laufen: {0}
Ihr Text ist sicher: Die Prüfung liest ihn nur. Sie läuft erneut, sobald Sie den Text ändern.</translation>
    </message>
    <message>
        <source>Findings (?)</source>
        <translation>Auffälligkeiten (?)</translation>
    </message>
</context>
<context>
    <name>DraftFields</name>
    <message>
        <source>Channel {0}</source>
        <extracomment>Title and text: boxed where they can be edited, flat and grey where they cannot.</extracomment>
        <translation>Kanal {0}</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Linked vacancy</source>
        <translation>Verknüpfte Stelle</translation>
    </message>
    <message>
        <source>No vacancy</source>
        <translation>Keine Stelle</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>Has a planned date</source>
        <translation>Hat ein geplantes Datum</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Geplantes Datum</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <source>Topic / vacancy:</source>
        <translation>Thema / Stelle:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>(vacancy)</source>
        <translation>(Stelle)</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
</context>
<context>
    <name>DraftTableModel</name>
    <message>
        <source>Title</source>
        <extracomment>Drafts whose author withdrew consent: shown with a warning until they end.</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser/in</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Approved without review: nobody but the author read it before it counted as approved (review was off or skipped).</source>
        <translation>Ohne Prüfung freigegeben: Außer der Autorin oder dem Autor hat niemand den Beitrag gelesen, bevor er als freigegeben galt (Prüfung war aus oder wurde übersprungen).</translation>
    </message>
    <message>
        <source>The author withdrew their consent: do not publish this draft; see the offboarding checklist.</source>
        <translation>Die verfassende Person hat ihre Einwilligung widerrufen: Diesen Entwurf nicht veröffentlichen; siehe Offboarding-Checkliste.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>without review</source>
        <translation>ohne Prüfung</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>Drafts</source>
        <extracomment>Characters a filter shows at the least before it elides (the window stays usable at 900 px).</extracomment>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>Entwürfe suchen</translation>
    </message>
    <message>
        <source>Search title and text … (Ctrl+F)</source>
        <translation>Titel und Text durchsuchen … (Strg+F)</translation>
    </message>
    <message>
        <source>Filter by ambassador</source>
        <translation>Nach Botschafter/in filtern</translation>
    </message>
    <message>
        <source>All ambassadors</source>
        <translation>Alle Botschafter:innen</translation>
    </message>
    <message>
        <source>Filter by channel</source>
        <translation>Nach Kanal filtern</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>Nach Thema filtern</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Filter by planned week</source>
        <translation>Nach geplanter Woche filtern</translation>
    </message>
    <message>
        <source>Any week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Week {0} ({1} – {2})</source>
        <translation>KW {0} ({1} – {2})</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation>&amp;Neuer Entwurf</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>List or board</source>
        <translation>Liste oder Board</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf</numerusform>
            <numerusform>%n Entwürfe</numerusform>
        </translation>
    </message>
    <message>
        <source>You can write drafts once you are an active ambassador: first the onboarding (Programme &gt; Onboarding), then the practice manager sets you active.</source>
        <translation>Entwürfe schreiben Sie, sobald Sie aktive Botschafterin oder aktiver Botschafter sind: erst die Einarbeitung (Programm &gt; Einarbeitung), dann setzt die Praxisleitung Sie aktiv.</translation>
    </message>
    <message>
        <source>Nobody is an active ambassador yet. Add ambassadors on the Ambassadors page and finish their onboarding first.</source>
        <translation>Noch ist niemand aktiv im Programm. Legen Sie auf der Seite Botschafter:innen Personen an und schließen Sie zuerst deren Einarbeitung ab.</translation>
    </message>
    <message>
        <source>Your profile is not linked to an ambassador. Ask the practice manager to link it under Ambassadors.</source>
        <translation>Ihr Profil ist mit keinem Botschafter-Eintrag verknüpft. Bitten Sie die Praxismanagerin oder den Praxismanager, es unter Botschafter:innen zu verknüpfen.</translation>
    </message>
</context>
<context>
    <name>EditRolesDialog</name>
    <message>
        <source>Roles of {0}</source>
        <translation>Rollen von {0}</translation>
    </message>
    <message>
        <source>Link to ambassador</source>
        <translation>Mit Botschafter-Eintrag verknüpfen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Roles *</source>
        <translation>Rollen *</translation>
    </message>
    <message>
        <source>&amp;Link to ambassador</source>
        <translation>Mit Botschafter-Eintrag &amp;verknüpfen</translation>
    </message>
    <message>
        <source>One person can hold several roles. The programme always keeps at least one practice manager.</source>
        <translation>Eine Person kann mehrere Rollen haben. Das Programm behält immer mindestens eine Praxismanagerin oder einen Praxismanager.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Findings summary</source>
        <translation>Übersicht der Auffälligkeiten</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Auffälligkeiten</translation>
    </message>
    <message>
        <source>Enter selects the passage in the text; Enter again goes to the next place.</source>
        <translation>Die Eingabetaste markiert die Stelle im Text; erneut gedrückt springt sie zur nächsten Fundstelle.</translation>
    </message>
    <message>
        <source>State of the check</source>
        <translation>Stand der Prüfung</translation>
    </message>
    <message>
        <source>Place of the finding</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Previous place (Shift+Enter)</source>
        <translation>Vorige Fundstelle (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Previous place</source>
        <translation>Vorige Fundstelle</translation>
    </message>
    <message>
        <source>Next place (Enter)</source>
        <translation>Nächste Fundstelle (Eingabe)</translation>
    </message>
    <message>
        <source>Next place</source>
        <translation>Nächste Fundstelle</translation>
    </message>
    <message>
        <source>Explanation of the finding</source>
        <translation>Erläuterung der Auffälligkeit</translation>
    </message>
    <message>
        <source>Choose a finding to see why it matters and what to do instead.</source>
        <translation>Wählen Sie eine Auffälligkeit, um zu sehen, warum sie wichtig ist und was Sie stattdessen tun können.</translation>
    </message>
    <message>
        <source>No findings. The checker looks for legal risk, not style: your voice is yours.</source>
        <translation>Keine Auffälligkeiten. Die Prüfung sucht nach rechtlichen Risiken, nicht nach Stil: Ihre Stimme bleibt Ihre.</translation>
    </message>
    <message>
        <source>The text is being checked; the findings appear here in a moment.</source>
        <translation>Der Text wird geprüft; die Auffälligkeiten erscheinen gleich hier.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>Place {0} of {1}</source>
        <translation>Fundstelle {0} von {1}</translation>
    </message>
    <message>
        <source>({0}×)</source>
        <translation>({0} Fundstellen)</translation>
    </message>
    <message>
        <source>1 block in {1} places</source>
        <translation>1 Blocker an {1} Fundstellen</translation>
    </message>
    <message>
        <source>{0} blocks in {1} places</source>
        <translation>{0} Blocker an {1} Fundstellen</translation>
    </message>
    <message>
        <source>1 warning in {1} places</source>
        <translation>1 Warnung an {1} Fundstellen</translation>
    </message>
    <message>
        <source>{0} warnings in {1} places</source>
        <translation>{0} Warnungen an {1} Fundstellen</translation>
    </message>
    <message>
        <source>1 note in {1} places</source>
        <translation>1 Hinweis an {1} Fundstellen</translation>
    </message>
    <message>
        <source>{0} notes in {1} places</source>
        <translation>{0} Hinweise an {1} Fundstellen</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <source>Image: {0}</source>
        <translation>Bild: {0}</translation>
    </message>
    <message>
        <source>This image cannot be shown (unknown or damaged file).</source>
        <translation>Dieses Bild kann nicht angezeigt werden (unbekannte oder beschädigte Datei).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ImagesPanel</name>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Add &amp;image…</source>
        <translation>&amp;Bild hinzufügen…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Nobody shown (or not recorded yet)</source>
        <translation>Niemand abgebildet (oder noch nicht erfasst)</translation>
    </message>
    <message>
        <source>A person shown has no photo consent: the draft cannot be submitted until the consent is recorded or the image removed.</source>
        <translation>Für eine abgebildete Person fehlt die Foto-Einwilligung: Der Entwurf kann erst eingereicht werden, wenn die Einwilligung erfasst oder das Bild entfernt ist.</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>{0}: photo consent on file</source>
        <translation>{0}: Foto-Einwilligung liegt vor</translation>
    </message>
    <message>
        <source>{0}: photo consent withdrawn – blocks the post</source>
        <translation>{0}: Foto-Einwilligung widerrufen – blockiert den Beitrag</translation>
    </message>
    <message>
        <source>{0}: no photo consent – blocks the post</source>
        <translation>{0}: keine Foto-Einwilligung – blockiert den Beitrag</translation>
    </message>
    <message>
        <source>People shown in the selected image:</source>
        <translation>Auf dem gewählten Bild abgebildet:</translation>
    </message>
    <message>
        <source>People shown in the selected image</source>
        <translation>Personen auf dem ausgewählten Bild</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>Removes the selected person from this image (Delete)</source>
        <translation>Entfernt die ausgewählte Person von diesem Bild (Entf)</translation>
    </message>
    <message>
        <source>Written consent on file</source>
        <translation>Schriftliche Einwilligung liegt vor</translation>
    </message>
    <message>
        <source>Nobody shown…</source>
        <translation>Niemand abgebildet…</translation>
    </message>
    <message>
        <source>Add a person shown in this image:</source>
        <translation>Person auf diesem Bild hinzufügen:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Puts the people back (Ctrl+Z)</source>
        <translation>Stellt die Personen wieder her (Strg+Z)</translation>
    </message>
    <message>
        <source>Person from the roster</source>
        <translation>Person aus dem Team</translation>
    </message>
    <message>
        <source>Add person shown</source>
        <translation>Abgebildete Person hinzufügen</translation>
    </message>
    <message>
        <source>Name of a person outside the roster</source>
        <translation>Name einer Person außerhalb des Teams</translation>
    </message>
    <message>
        <source>Someone else (name)</source>
        <translation>Andere Person</translation>
    </message>
    <message>
        <source>written consent on file</source>
        <translation>schriftliche Einwilligung liegt vor</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>{0} (not on the roster)</source>
        <translation>{0} (nicht auf der Botschafterliste)</translation>
    </message>
    <message>
        <source>For people on the roster the photo consent is recorded on the Ambassadors page.</source>
        <translation>Für Personen auf der Botschafterliste wird die Foto-Einwilligung auf der Seite Botschafter:innen erfasst.</translation>
    </message>
    <message>
        <source>Tick once the written consent of the selected person is on file (kept outside the app).</source>
        <translation>Anhaken, sobald die schriftliche Einwilligung der ausgewählten Person vorliegt (außerhalb der App aufbewahrt).</translation>
    </message>
    <message>
        <source>{0} has withdrawn the photo consent: remove them from the image, or remove the image.</source>
        <translation>{0} hat die Foto-Einwilligung widerrufen: Entfernen Sie die Person vom Bild oder das Bild selbst.</translation>
    </message>
    <message>
        <source>{0} is on the roster: record the photo consent on the Ambassadors page, or remove them from the image.</source>
        <translation>{0} steht auf der Botschafterliste: Erfassen Sie die Foto-Einwilligung auf der Seite Botschafter:innen oder entfernen Sie die Person vom Bild.</translation>
    </message>
    <message>
        <source>{0} is not on the roster: once their written consent is on file, tick “Written consent on file”; otherwise remove them from the image.</source>
        <translation>{0} steht nicht auf der Botschafterliste: Sobald die schriftliche Einwilligung vorliegt, haken Sie „Schriftliche Einwilligung liegt vor“ an; sonst entfernen Sie die Person vom Bild.</translation>
    </message>
    <message>
        <source>{0} was removed from the image.</source>
        <translation>{0} wurde vom Bild entfernt.</translation>
    </message>
    <message>
        <source>Nobody shown</source>
        <translation>Niemand abgebildet</translation>
    </message>
    <message>
        <source>Remove all {0} people listed for “{1}”? Only do this if nobody can be recognised in the image.</source>
        <translation>Alle {0} Personen zu „{1}“ entfernen? Tun Sie das nur, wenn auf dem Bild niemand zu erkennen ist.</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Everyone was removed from the image.</source>
        <translation>Alle Personen wurden vom Bild entfernt.</translation>
    </message>
    <message>
        <source>{0} is on the roster: add them with “Add person shown”, so the consent recorded for them counts.</source>
        <translation>{0} steht auf der Botschafterliste: Fügen Sie die Person über „Abgebildete Person hinzufügen“ hinzu, damit ihre erfasste Einwilligung zählt.</translation>
    </message>
    <message>
        <source>{0} was already listed; their written consent is marked now.</source>
        <translation>{0} war schon eingetragen; die schriftliche Einwilligung ist jetzt vermerkt.</translation>
    </message>
    <message>
        <source>{0} is already listed for this image.</source>
        <translation>{0} ist für dieses Bild schon eingetragen.</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>No incidents so far. If something goes wrong on social media, use “Report an incident”.</source>
        <translation>Bisher keine Vorfälle. Wenn in den sozialen Medien etwas schiefgeht, nutzen Sie „Vorfall melden“.</translation>
    </message>
    <message>
        <source>Crisis checklist</source>
        <translation>Krisen-Checkliste</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>New timeline note</source>
        <translation>Neue Notiz im Verlauf</translation>
    </message>
    <message>
        <source>What happened, what was decided …</source>
        <translation>Was ist passiert, was wurde entschieden …</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Held posts</source>
        <translation>Angehaltene Beiträge</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>How was it resolved? (needed to close)</source>
        <translation>Wie wurde der Vorfall gelöst? (nötig zum Abschließen)</translation>
    </message>
    <message>
        <source>&amp;Close incident</source>
        <translation>Vorfall &amp;abschließen</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Vorfall abschließen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>Open since {0}</source>
        <translation>Offen seit {0}</translation>
    </message>
    <message>
        <source>Closed {0} – {1}</source>
        <translation>Abgeschlossen am {0} – {1}</translation>
    </message>
    <message>
        <source>Severity: {0}</source>
        <translation>Schweregrad: {0}</translation>
    </message>
    <message>
        <source>{0} – {1}, {2}</source>
        <translation>{0} – {1}, {2}</translation>
    </message>
    <message>
        <source>held</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>released</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>This incident holds no posts.</source>
        <translation>Dieser Vorfall hält keine Beiträge an.</translation>
    </message>
    <message>
        <source>Crisis mode: {0} h {1} min since the start.</source>
        <translation>Krisenmodus: {0} Std. {1} Min. seit Beginn.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) overdue.</source>
        <translation>
            <numerusform>%n Punkt überfällig.</numerusform>
            <numerusform>%n Punkte überfällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required crisis step(s) are still open. Close the incident anyway? Held posts will be released.</source>
        <translation>
            <numerusform>%n Pflichtschritt der Krisen-Checkliste ist noch offen. Den Vorfall trotzdem schließen? Angehaltene Beiträge werden freigegeben.</numerusform>
            <numerusform>%n Pflichtschritte der Krisen-Checkliste sind noch offen. Den Vorfall trotzdem schließen? Angehaltene Beiträge werden freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incident closed; %n held post(s) resumed.</source>
        <translation>
            <numerusform>Vorfall abgeschlossen; %n angehaltener Beitrag wird fortgesetzt.</numerusform>
            <numerusform>Vorfall abgeschlossen; %n angehaltene Beiträge werden fortgesetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Ticked by: {0}</source>
        <extracomment>Who ticks here (the panel's user): the room a tick of theirs needs is kept free.</extracomment>
        <translation>Abgehakt von: {0}</translation>
    </message>
    <message>
        <source>Legal basis: {0}</source>
        <translation>Rechtsgrundlage: {0}</translation>
    </message>
    <message>
        <source>Only the role “{0}” can tick this item.</source>
        <translation>Nur die Rolle „{0}“ kann diesen Punkt abhaken.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>✓ {0}, {1}</source>
        <translation>✓ {0}, {1}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Notiz: {0}</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Never shown: measures the who/when line a tick adds, see :meth:`_fit_meta`. What the file's own records say against this item (hidden while they agree).</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details for: {0}</source>
        <translation>Details zu: {0}</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>abgehakt</translation>
    </message>
    <message>
        <source>unticked</source>
        <translation>Häkchen entfernt</translation>
    </message>
    <message>
        <source>{0} {1} on {2}</source>
        <translation>{0}: {1} am {2}</translation>
    </message>
    <message>
        <source>Note for the next tick of: {0}</source>
        <translation>Notiz zum nächsten Abhaken von: {0}</translation>
    </message>
    <message>
        <source>Note for the next tick or untick (optional)</source>
        <translation>Notiz zum nächsten Setzen oder Entfernen des Häkchens (optional)</translation>
    </message>
    <message>
        <source>overdue since {0}</source>
        <translation>überfällig seit {0}</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>fällig {0}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Candidate</source>
        <translation>Kandidat/in</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Einarbeitung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Alumni</source>
        <translation>Alumni</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Ärztin/Arzt</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Pflegefachkraft</translation>
    </message>
    <message>
        <source>Medical assistant (MFA)</source>
        <translation>Medizinische Fachangestellte (MFA)</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapeut/in</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Practice management</source>
        <translation>Praxismanagement</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Auszubildende/r</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Practice manager</source>
        <translation>Praxismanager/in</translation>
    </message>
    <message>
        <source>Reviewer (doctor)</source>
        <translation>Prüfer/in (Ärztin/Arzt)</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Botschafter/in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{0} – Clinic Ambassadors</source>
        <translation>{0} – Clinic Ambassadors</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Ctrl+{0}</source>
        <translation>Strg+{0}</translation>
    </message>
    <message>
        <source>This file is open read-only: you can look at everything, but changes cannot be saved.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet: Sie können alles ansehen, aber keine Änderungen speichern.</translation>
    </message>
    <message>
        <source>This is the demo programme: try anything, it is not your real data. File &gt; New programme starts your own.</source>
        <translation>Dies ist das Demo-Programm: Probieren Sie alles aus, es sind nicht Ihre echten Daten. Mit Datei &gt; Neues Programm beginnen Sie Ihr eigenes.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>network share</source>
        <translation>Netzlaufwerk</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Datei: {0}</translation>
    </message>
    <message>
        <source>Signed in as {0}</source>
        <translation>Angemeldet als {0}</translation>
    </message>
    <message>
        <source>Approvals are not signed</source>
        <translation>Freigaben werden nicht signiert</translation>
    </message>
    <message>
        <source>This computer has no secure key store (such as the Windows Credential Manager, macOS Keychain or GNOME Keyring), so your approvals are recorded without a digital signature. Nothing is stored in plain text instead. Install or unlock a key store to sign approvals.</source>
        <translation>Dieser Computer hat keinen sicheren Schlüsselspeicher (etwa die Windows-Anmeldeinformationsverwaltung, den macOS-Schlüsselbund oder GNOME Keyring), daher werden Ihre Freigaben ohne digitale Signatur gespeichert. Ersatzweise wird nichts im Klartext abgelegt. Installieren oder entsperren Sie einen Schlüsselspeicher, um Freigaben zu signieren.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Botschafter:innen</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Schnellprüfung</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Drafts: write posts with a live compliance check, keep every revision, and see all drafts as a list or a board by state.</source>
        <translation>Entwürfe: Beiträge mit laufender Rechtsprüfung schreiben, jede Fassung aufbewahren und alle Entwürfe als Liste oder als Board nach Status sehen.</translation>
    </message>
    <message>
        <source>Reviews: the reviewer's queue – approve, request changes or reject, bound to the exact text that was reviewed.</source>
        <translation>Prüfungen: die Warteschlange für Prüfer/innen – freigeben, Änderungen anfordern oder ablehnen, gebunden an genau den geprüften Text.</translation>
    </message>
    <message>
        <source>Vacancies: the positions you want to fill, applications and where they came from.</source>
        <translation>Stellen: die Stellen, die Sie besetzen möchten, die Bewerbungen und woher sie kamen.</translation>
    </message>
    <message>
        <source>Reports: a quarterly management report with applications, reach and time spent, as PDF.</source>
        <translation>Berichte: ein Quartalsbericht für die Praxisleitung mit Bewerbungen, Reichweite und eingesetzter Zeit, als PDF.</translation>
    </message>
    <message>
        <source>Programme: the setup road map, checklists, review policy and clinic-specific checker rules.</source>
        <translation>Programm: Fahrplan für den Aufbau, Checklisten, Freigaberegeln und praxiseigene Prüfregeln.</translation>
    </message>
    <message>
        <source>This page is coming in a later version.</source>
        <translation>Diese Seite kommt in einer späteren Version.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Neues Programm…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>&amp;Switch profile…</source>
        <translation>Profil &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Res&amp;tore backup…</source>
        <translation>Sicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>Datenbank &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Report an incident…</source>
        <translation>&amp;Vorfall melden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Clinic Ambassadors</source>
        <translation>Ü&amp;ber Clinic Ambassadors</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>Backup saved: {0}</source>
        <translation>Sicherung gespeichert: {0}</translation>
    </message>
    <message>
        <source>The programme file is healthy. Schema version {0}, {1} ambassadors, {2} audit events; the audit chain is intact.</source>
        <translation>Die Programmdatei ist in Ordnung. Schemaversion {0}, {1} Botschafter:innen, {2} Protokolleinträge; die Protokollkette ist lückenlos.</translation>
    </message>
    <message>
        <source>Problems were found:</source>
        <translation>Es wurden Probleme gefunden:</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Datenbank prüfen</translation>
    </message>
    <message>
        <source>About Clinic Ambassadors</source>
        <translation>Über Clinic Ambassadors</translation>
    </message>
    <message>
        <source>Clinic Ambassadors {0}

Run an employee-ambassador programme in your practice: local, offline, one file. The checklists and checker rules are no legal advice.</source>
        <translation>Clinic Ambassadors {0}

Führen Sie ein Botschafterprogramm mit Ihren Mitarbeitenden in Ihrer Praxis: lokal, offline, in einer Datei. Die Checklisten und Prüfregeln sind keine Rechtsberatung.</translation>
    </message>
</context>
<context>
    <name>MarkFilledDialog</name>
    <message>
        <source>Mark as filled</source>
        <translation>Als besetzt markieren</translation>
    </message>
    <message>
        <source>Mark “{0}” as filled? It no longer appears among the open positions; applications and posts linked to it stay.</source>
        <translation>„{0}“ als besetzt markieren? Die Stelle erscheint dann nicht mehr unter den offenen Stellen; verknüpfte Bewerbungen und Beiträge bleiben erhalten.</translation>
    </message>
    <message>
        <source>Filled on</source>
        <translation>Besetzt am</translation>
    </message>
    <message>
        <source>&amp;Filled on:</source>
        <translation>Besetzt &amp;am:</translation>
    </message>
    <message>
        <source>Mark as &amp;filled</source>
        <translation>Als &amp;besetzt markieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This file is not a Clinic Ambassadors programme file. It was left unchanged.</source>
        <translation>Diese Datei ist keine Programmdatei von Clinic Ambassadors. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This database belongs to another program, not to Clinic Ambassadors. It was left unchanged.</source>
        <translation>Diese Datenbank gehört zu einem anderen Programm, nicht zu Clinic Ambassadors. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of Clinic Ambassadors. Please update the app to open it; the file was not changed.</source>
        <translation>Diese Datei wurde mit einer neueren Version von Clinic Ambassadors geschrieben. Bitte aktualisieren Sie die App, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The programme file is busy: another person or program is writing to it. Please try again in a moment. Nothing was lost.</source>
        <translation>Die Programmdatei ist gerade belegt: Eine andere Person oder ein anderes Programm schreibt hinein. Bitte versuchen Sie es gleich noch einmal. Es ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again; your input is still in the form.</source>
        <translation>Der Datenträger ist voll, daher wurde nichts gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut; Ihre Eingaben stehen noch im Formular.</translation>
    </message>
    <message>
        <source>This programme file is open read-only, so changes cannot be saved. Ask your administrator for write access or open a copy.</source>
        <translation>Diese Programmdatei ist schreibgeschützt geöffnet, daher können keine Änderungen gespeichert werden. Bitten Sie Ihre IT um Schreibrechte oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>This read-only file comes from an older version and needs an upgrade. Copy it to a folder you can write to and open the copy.</source>
        <translation>Diese schreibgeschützte Datei stammt aus einer älteren Version und muss aktualisiert werden. Kopieren Sie sie in einen Ordner mit Schreibrechten und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>The programme file does not exist (any more).</source>
        <translation>Die Programmdatei ist nicht (mehr) vorhanden.</translation>
    </message>
    <message>
        <source>This file is empty, so it is not a programme file. It was left unchanged.</source>
        <translation>Diese Datei ist leer und daher keine Programmdatei. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The programme file is damaged. Restore the latest backup (File &gt; Restore backup).</source>
        <translation>Die Programmdatei ist beschädigt. Stellen Sie die letzte Sicherung wieder her (Datei &gt; Sicherung wiederherstellen).</translation>
    </message>
    <message>
        <source>The record was not found; someone may have changed it meanwhile.</source>
        <translation>Der Eintrag wurde nicht gefunden; vielleicht hat ihn inzwischen jemand geändert.</translation>
    </message>
    <message>
        <source>That file holds a real programme; the demo is never written over it.</source>
        <translation>Diese Datei enthält ein echtes Programm; die Demo wird niemals darübergeschrieben.</translation>
    </message>
    <message>
        <source>The file could not be used: {0}</source>
        <translation>Die Datei konnte nicht verwendet werden: {0}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {0}</source>
        <translation>Etwas Unerwartetes ist schiefgegangen: {0}</translation>
    </message>
    <message>
        <source>Only a practice manager changes the review policy.</source>
        <translation>Nur die Praxisleitung ändert die Freigaberegeln.</translation>
    </message>
    <message>
        <source>Every review step needs at least one reviewer.</source>
        <translation>Jeder Prüfschritt braucht mindestens eine Prüferin oder einen Prüfer.</translation>
    </message>
    <message>
        <source>A chosen reviewer no longer exists; choose the reviewers again.</source>
        <translation>Eine gewählte prüfende Person gibt es nicht mehr; wählen Sie die Prüfer/innen neu.</translation>
    </message>
    <message>
        <source>Only profiles with the reviewer role can review: {0}. Give them the role under Programme &gt; People first.</source>
        <translation>Nur Profile mit der Rolle Prüfer/in können prüfen: {0}. Geben Sie ihnen die Rolle zuerst unter Programm &gt; Personen.</translation>
    </message>
    <message>
        <source>Switching review off needs your confirmation.</source>
        <translation>Das Abschalten der Prüfung müssen Sie bestätigen.</translation>
    </message>
    <message>
        <source>This is the only reviewer of a review step. Add another reviewer (Programme &gt; People) or change the review policy first.</source>
        <translation>Dies ist die einzige prüfende Person eines Prüfschritts. Fügen Sie zuerst eine weitere hinzu (Programm &gt; Personen) oder ändern Sie die Freigaberegeln.</translation>
    </message>
    <message>
        <source>This review policy cannot be saved.</source>
        <translation>Diese Freigaberegeln können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Nobody sets their own record active. Another practice manager does it once the onboarding items are ticked.</source>
        <translation>Niemand setzt sich selbst aktiv. Das übernimmt eine andere Person der Praxisleitung, sobald die Einarbeitungspunkte abgehakt sind.</translation>
    </message>
    <message>
        <source>Only a practice manager sets an ambassador active, once the onboarding items are ticked (Programme &gt; Onboarding).</source>
        <translation>Nur die Praxisleitung setzt jemanden aktiv, sobald die Einarbeitungspunkte abgehakt sind (Programm &gt; Einarbeitung).</translation>
    </message>
    <message>
        <source>{0} is “{1}”, not active. Only active ambassadors write and submit drafts: first the onboarding (Programme &gt; Onboarding), then a practice manager sets them active.</source>
        <translation>{0} ist „{1}“, nicht aktiv. Nur aktive Botschafter:innen schreiben und reichen Entwürfe ein: erst die Einarbeitung (Programm &gt; Einarbeitung), dann setzt die Praxisleitung sie aktiv.</translation>
    </message>
    <message>
        <source>That is a folder, not a backup file. Choose the backup file itself.</source>
        <translation>Das ist ein Ordner, keine Sicherungsdatei. Wählen Sie die Sicherungsdatei selbst.</translation>
    </message>
    <message>
        <source>The programme file to restore into is a folder; nothing was changed.</source>
        <translation>Die Programmdatei, in die wiederhergestellt werden soll, ist ein Ordner; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This is a backup of the demo programme, and the open file holds your real programme. Nothing was changed.</source>
        <translation>Dies ist eine Sicherung des Demo-Programms, und die geöffnete Datei enthält Ihr echtes Programm. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This backup cannot be restored there; nothing was changed.</source>
        <translation>Diese Sicherung kann dort nicht wiederhergestellt werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The file cannot be written there. Choose a file name in a folder you may write to.</source>
        <translation>Die Datei kann dort nicht geschrieben werden. Wählen Sie einen Dateinamen in einem Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name of the practice</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>Name of the reviewer</source>
        <translation>Name der prüfenden Person</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <source>Posts per month</source>
        <translation>Beiträge pro Monat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Channel {0}</source>
        <translation>Kanal {0}</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>{0} is required.</source>
        <translation>{0} ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>{0} is too long (at most {1} characters).</source>
        <translation>{0} ist zu lang (höchstens {1} Zeichen).</translation>
    </message>
    <message>
        <source>{0} is too long.</source>
        <translation>{0} ist zu lang.</translation>
    </message>
    <message>
        <source>{0} is not a valid e-mail address (example: name@praxis.de).</source>
        <translation>{0} ist keine gültige E-Mail-Adresse (Beispiel: name@praxis.de).</translation>
    </message>
    <message>
        <source>{0} is not a valid web address; it must start with https://.</source>
        <translation>{0} ist keine gültige Webadresse; sie muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>{0} cannot be negative.</source>
        <translation>{0} darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>{0} is out of range.</source>
        <translation>{0} liegt außerhalb des erlaubten Bereichs.</translation>
    </message>
    <message>
        <source>{0}: withdrawal cannot be before signing.</source>
        <translation>{0}: Der Widerruf kann nicht vor der Unterschrift liegen.</translation>
    </message>
    <message>
        <source>{0} must be 4 to 12 digits.</source>
        <translation>{0} muss aus 4 bis 12 Ziffern bestehen.</translation>
    </message>
    <message>
        <source>{0} is not valid.</source>
        <translation>{0} ist ungültig.</translation>
    </message>
    <message>
        <source>Clinic Ambassadors</source>
        <translation>Clinic Ambassadors</translation>
    </message>
</context>
<context>
    <name>MonthDelegate</name>
    <message>
        <source>+{0} more</source>
        <translation>+{0} weitere</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <source>Wk {0}</source>
        <translation>KW {0}</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <source>New draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What is the post about? (required)</source>
        <translation>Worum geht es im Beitrag? (Pflichtfeld)</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <source>Choose an ambassador …</source>
        <translation>Botschafter:in wählen …</translation>
    </message>
    <message>
        <source>Channel {0}</source>
        <translation>Kanal {0}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Entwurf anlegen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <source>Please give the draft a title.</source>
        <translation>Bitte geben Sie dem Entwurf einen Titel.</translation>
    </message>
    <message>
        <source>Please choose the ambassador this draft is for.</source>
        <translation>Bitte wählen Sie, für wen der Entwurf ist.</translation>
    </message>
</context>
<context>
    <name>OnboardingTab</name>
    <message>
        <source>Ambassadors in onboarding</source>
        <translation>Botschafter:innen in der Einarbeitung</translation>
    </message>
    <message>
        <source>Nobody is in onboarding. Set an ambassador's status to “Onboarding” on the Ambassadors page to start their checklist.</source>
        <translation>Niemand ist in der Einarbeitung. Setzen Sie auf der Seite Botschafter:innen den Status einer Person auf „Einarbeitung“, um ihre Checkliste zu starten.</translation>
    </message>
    <message>
        <source>Set &amp;active</source>
        <translation>&amp;Aktiv setzen</translation>
    </message>
    <message>
        <source>Set active</source>
        <translation>Aktiv setzen</translation>
    </message>
    <message>
        <source>Possible once every required onboarding item is ticked.</source>
        <translation>Möglich, sobald alle Pflichtpunkte der Einarbeitung abgehakt sind.</translation>
    </message>
    <message>
        <source>{0} – {1} of {2}</source>
        <translation>{0} – {1} von {2}</translation>
    </message>
    <message>
        <source>{0} of {1} required items ticked</source>
        <translation>{0} von {1} Pflichtpunkten abgehakt</translation>
    </message>
    <message>
        <source>Only a practice manager sets an ambassador active.</source>
        <translation>Nur die Praxisleitung setzt jemanden aktiv.</translation>
    </message>
    <message>
        <source>{0} is now active.</source>
        <translation>{0} ist jetzt aktiv.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override block finding</source>
        <translation>Blocker übergehen</translation>
    </message>
    <message>
        <source>You let these block findings pass for this revision:</source>
        <translation>Sie lassen diese Blocker für diese Fassung durchgehen:</translation>
    </message>
    <message>
        <source>Say why (e.g. a quoted study, not a promise of healing). The reason is kept in the audit log.</source>
        <translation>Begründen Sie es (z. B. zitierte Studie, kein Heilversprechen). Die Begründung wird im Protokoll gespeichert.</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Begründung für das Übergehen</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Übergehen</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser/in</translation>
    </message>
    <message>
        <source>In review since</source>
        <translation>In Prüfung seit</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>nobody (check the review policy)</source>
        <translation>niemanden (Freigaberegeln prüfen)</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN of {0}</source>
        <translation>PIN von {0}</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>4–12 digits</source>
        <translation>4–12 Ziffern</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>&amp;Clear PIN</source>
        <translation>PIN &amp;löschen</translation>
    </message>
    <message>
        <source>Clear PIN</source>
        <translation>PIN löschen</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation>&amp;Neue PIN</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>This profile has a PIN.</source>
        <translation>Dieses Profil hat eine PIN.</translation>
    </message>
    <message>
        <source>This profile has no PIN.</source>
        <translation>Dieses Profil hat keine PIN.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>Die PIN muss aus 4 bis 12 Ziffern bestehen.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <source>Review checks legal risk, not style. Choose how drafts are reviewed before they may be published. Nobody approves their own draft.</source>
        <translation>Die Prüfung betrifft rechtliche Risiken, nicht den Stil. Legen Sie fest, wie Entwürfe vor der Veröffentlichung geprüft werden. Niemand gibt den eigenen Entwurf frei.</translation>
    </message>
    <message>
        <source>Review mode</source>
        <translation>Prüfmodus</translation>
    </message>
    <message>
        <source>No review (the author's checks only)</source>
        <translation>Keine Prüfung (nur die Kontrollen der verfassenden Person)</translation>
    </message>
    <message>
        <source>Optional review</source>
        <translation>Prüfung optional</translation>
    </message>
    <message>
        <source>Review required</source>
        <translation>Prüfung erforderlich</translation>
    </message>
    <message>
        <source>Several review steps</source>
        <translation>Mehrere Prüfschritte</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>&amp;Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save review policy</source>
        <translation>Freigaberegeln s&amp;peichern</translation>
    </message>
    <message>
        <source>Save review policy</source>
        <translation>Freigaberegeln speichern</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>This file is open read-only.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Only a practice manager changes the review policy.</source>
        <translation>Nur die Praxisleitung ändert die Freigaberegeln.</translation>
    </message>
    <message>
        <source>Each mode with review needs at least one step.</source>
        <translation>Jeder Modus mit Prüfung braucht mindestens einen Schritt.</translation>
    </message>
    <message>
        <source>Every review step needs at least one reviewer.</source>
        <translation>Jeder Prüfschritt braucht mindestens eine Prüferin oder einen Prüfer.</translation>
    </message>
    <message>
        <source>Switch review off?</source>
        <translation>Prüfung abschalten?</translation>
    </message>
    <message>
        <source>Without review, a draft counts as approved as soon as its author submits it: no doctor reads it before it is posted. Only the checker and the author's own checklist stand between a draft and the public, and block findings can then only be removed by changing the text.

The Drafts list marks such posts “approved without review”. Switch review off?</source>
        <translation>Ohne Prüfung gilt ein Entwurf als freigegeben, sobald ihn die Autorin oder der Autor einreicht: Keine Ärztin und kein Arzt liest ihn, bevor er veröffentlicht wird. Nur die Prüfhilfe und die eigene Checkliste stehen dann zwischen Entwurf und Öffentlichkeit, und blockierende Befunde lassen sich nur durch Ändern des Textes beheben.

Die Entwurfsliste kennzeichnet solche Beiträge als „ohne Prüfung freigegeben“. Prüfung abschalten?</translation>
    </message>
    <message>
        <source>Switch review off</source>
        <translation>Prüfung abschalten</translation>
    </message>
    <message>
        <source>Review policy saved.</source>
        <translation>Freigaberegeln gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Choose your profile:</source>
        <translation>Wählen Sie Ihr Profil:</translation>
    </message>
    <message>
        <source>The PIN is not right. Please try again.</source>
        <translation>Die PIN ist nicht richtig. Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ProfilesTab</name>
    <message>
        <source>Everyone who uses this programme file chooses their profile at start. Reviewers need a profile to review drafts; ambassadors need one to write drafts and tick their onboarding items.</source>
        <translation>Alle, die diese Programmdatei nutzen, wählen beim Start ihr Profil. Prüfer:innen brauchen ein Profil, um Entwürfe zu prüfen; Botschafter:innen, um Entwürfe zu schreiben und ihre Onboarding-Punkte abzuhaken.</translation>
    </message>
    <message>
        <source>Only a practice manager can add profiles or change roles and PINs.</source>
        <translation>Nur die Praxisleitung (Rolle Praxismanager/in) kann Profile hinzufügen oder Rollen und PINs ändern.</translation>
    </message>
    <message>
        <source>This file is open read-only; profiles cannot be changed.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet; Profile können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Linked ambassador</source>
        <translation>Verknüpfter Botschafter-Eintrag</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit roles…</source>
        <translation>Rollen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Set/clear &amp;PIN…</source>
        <translation>&amp;PIN setzen/löschen…</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Edit roles</source>
        <translation>Rollen bearbeiten</translation>
    </message>
    <message>
        <source>Set or clear PIN</source>
        <translation>PIN setzen oder löschen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Profile added.</source>
        <translation>Profil hinzugefügt.</translation>
    </message>
    <message>
        <source>Roles saved.</source>
        <translation>Rollen gespeichert.</translation>
    </message>
    <message>
        <source>PIN saved.</source>
        <translation>PIN gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>⚠ &amp;Report an incident</source>
        <translation>⚠ &amp;Vorfall melden</translation>
    </message>
    <message>
        <source>Report an incident</source>
        <translation>Vorfall melden</translation>
    </message>
    <message>
        <source>Starts crisis mode: the crisis checklist against the clock, optionally holding scheduled posts.</source>
        <translation>Startet den Krisenmodus: die Krisen-Checkliste mit Zeitvorgaben, auf Wunsch mit Anhalten geplanter Beiträge.</translation>
    </message>
    <message>
        <source>Programme sections</source>
        <translation>Programmbereiche</translation>
    </message>
    <message>
        <source>Road map</source>
        <translation>Fahrplan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Einarbeitung</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Krise</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Review policy</source>
        <translation>Freigaberegeln</translation>
    </message>
    <message>
        <source>Checker terms</source>
        <translation>Prüfbegriffe</translation>
    </message>
</context>
<context>
    <name>PublicationNote</name>
    <message>
        <source>Publication</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Published on {0} on {1}: {2}</source>
        <translation>Veröffentlicht auf {0} am {1}: {2}</translation>
    </message>
    <message>
        <source>Opens the post in your web browser</source>
        <translation>Öffnet den Beitrag in Ihrem Webbrowser</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Mark as published</source>
        <translation>Als veröffentlicht markieren</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Address of the post</source>
        <translation>Adresse des Beitrags</translation>
    </message>
    <message>
        <source>Date of publication</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>Careers page of the practice</source>
        <translation>Karriereseite der Praxis</translation>
    </message>
    <message>
        <source>Remembered for the whole programme.</source>
        <translation>Wird für das ganze Programm gespeichert.</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Tracking-Link</translation>
    </message>
    <message>
        <source>Enter the careers page to get a link</source>
        <translation>Karriereseite eingeben, um einen Link zu erhalten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy tracking link</source>
        <translation>Tracking-Link kopieren</translation>
    </message>
    <message>
        <source>Put this link into your post (or your profile) so applications can be traced back to it.</source>
        <translation>Setzen Sie diesen Link in Ihren Beitrag (oder Ihr Profil), damit Bewerbungen ihm zugeordnet werden können.</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>Address of the &amp;post:</source>
        <translation>Adresse des &amp;Beitrags:</translation>
    </message>
    <message>
        <source>Published &amp;on:</source>
        <translation>Veröffentlicht &amp;am:</translation>
    </message>
    <message>
        <source>&amp;Careers page:</source>
        <translation>Ka&amp;rriereseite:</translation>
    </message>
    <message>
        <source>Tracking link:</source>
        <translation>Tracking-Link:</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>{0}
{1}
waiting since {2}</source>
        <translation>{0}
{1}
wartet seit {2}</translation>
    </message>
    <message>
        <source>{0}, by {1}, waiting since {2}</source>
        <translation>{0}, von {1}, wartet seit {2}</translation>
    </message>
    <message>
        <source>Revision {0}</source>
        <translation>Fassung {0}</translation>
    </message>
</context>
<context>
    <name>QuickCheckPage</name>
    <message>
        <source>Quick check</source>
        <translation>Schnellprüfung</translation>
    </message>
    <message>
        <source>Paste or type a post to see what the compliance check finds. It runs while you type; nothing is saved.</source>
        <translation>Fügen Sie einen Beitrag ein oder tippen Sie ihn, um zu sehen, was die Rechtsprüfung findet. Sie läuft während des Tippens; nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Language of the post</source>
        <translation>Sprache des Beitrags</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>&amp;Language of the post:</source>
        <translation>&amp;Sprache des Beitrags:</translation>
    </message>
    <message>
        <source>Character count</source>
        <translation>Zeichenzahl</translation>
    </message>
    <message>
        <source>Text to check</source>
        <translation>Zu prüfender Text</translation>
    </message>
    <message>
        <source>Paste a post here, e.g. from LinkedIn or Instagram. Underlined passages may be a legal risk; hover over them or pick them in the list on the right.</source>
        <translation>Fügen Sie hier einen Beitrag ein, z. B. aus LinkedIn oder Instagram. Unterstrichene Stellen können ein rechtliches Risiko sein; zeigen Sie mit der Maus darauf oder wählen Sie sie rechts in der Liste.</translation>
    </message>
    <message>
        <source>The checker is no legal advice. It looks for typical legal risks (confidentiality, advertising law for health care, professional rules, competition law, equal treatment) and explains them with what to do instead; it does not forbid anything and never changes your text.</source>
        <translation>Die Prüfung ist keine Rechtsberatung. Sie sucht nach typischen rechtlichen Risiken (Schweigepflicht, Heilmittelwerberecht, Berufsrecht, Wettbewerbsrecht, Gleichbehandlung) und erklärt, was Sie stattdessen tun können; sie verbietet nichts und ändert Ihren Text nie.</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 Zeichen</translation>
    </message>
    <message>
        <source>{0} characters</source>
        <translation>{0} Zeichen</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>(detected: {0})</source>
        <translation>(erkannt: {0})</translation>
    </message>
    <message>
        <source>(neither German nor English recognised; checked as {0})</source>
        <translation>(weder Deutsch noch Englisch erkannt; geprüft als {0})</translation>
    </message>
    <message>
        <source>The compliance check could not run: {0}
Your text stays here. The check runs again when you change the text.</source>
        <translation>Die Rechtsprüfung konnte nicht laufen: {0}
Ihr Text bleibt hier. Die Prüfung läuft erneut, sobald Sie den Text ändern.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ReportIncidentDialog</name>
    <message>
        <source>Report an incident</source>
        <translation>Vorfall melden</translation>
    </message>
    <message>
        <source>Stay calm and factual. The crisis checklist starts now and shows what to do in the first hour, within 2–6 hours, within 24–72 hours and afterwards. Never discuss patient details in public.</source>
        <translation>Bleiben Sie ruhig und sachlich. Die Krisen-Checkliste startet jetzt und zeigt, was in der ersten Stunde, innerhalb von 2–6 Stunden, innerhalb von 24–72 Stunden und danach zu tun ist. Besprechen Sie Patientendaten niemals öffentlich.</translation>
    </message>
    <message>
        <source>What happened (short title)</source>
        <translation>Was ist passiert (kurzer Titel)</translation>
    </message>
    <message>
        <source>e.g. Angry comments under the Instagram post</source>
        <translation>z. B. verärgerte Kommentare unter dem Instagram-Beitrag</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Where, since when, links – no patient data.</source>
        <translation>Wo, seit wann, Links – keine Patientendaten.</translation>
    </message>
    <message>
        <source>Hold scheduled posts</source>
        <translation>Geplante Beiträge anhalten</translation>
    </message>
    <message>
        <source>Do not hold any posts</source>
        <translation>Keine Beiträge anhalten</translation>
    </message>
    <message>
        <source>Hold all scheduled posts of the programme</source>
        <translation>Alle geplanten Beiträge des Programms anhalten</translation>
    </message>
    <message>
        <source>Hold the scheduled posts of one ambassador</source>
        <translation>Geplante Beiträge einer Person anhalten</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Botschafter/in</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Was ist passiert:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>&amp;Posts:</source>
        <translation>&amp;Beiträge:</translation>
    </message>
    <message>
        <source>A&amp;mbassador:</source>
        <translation>Botschafter/&amp;in:</translation>
    </message>
    <message>
        <source>Start crisis mode</source>
        <translation>Krisenmodus starten</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled post(s) will be held until the incident is closed.</source>
        <translation>
            <numerusform>%n geplanter Beitrag wird angehalten, bis der Vorfall abgeschlossen ist.</numerusform>
            <numerusform>%n geplante Beiträge werden angehalten, bis der Vorfall abgeschlossen ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>Text of the draft</source>
        <translation>Text des Entwurfs</translation>
    </message>
    <message>
        <source>Changes since the revision you last saw</source>
        <translation>Änderungen seit der zuletzt von Ihnen gesehenen Fassung</translation>
    </message>
    <message>
        <source>Show &amp;changes</source>
        <translation>Än&amp;derungen anzeigen</translation>
    </message>
    <message>
        <source>Show changes since the revision you last saw</source>
        <translation>Änderungen seit der zuletzt von Ihnen gesehenen Fassung anzeigen</translation>
    </message>
    <message>
        <source>First revision: nothing to compare.</source>
        <translation>Erste Fassung: nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>Comment for the author. Select a passage in the text to quote it.</source>
        <translation>Kommentar für die verfassende Person. Markieren Sie eine Stelle im Text, um sie zu zitieren.</translation>
    </message>
    <message>
        <source>Add co&amp;mment</source>
        <translation>&amp;Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Return in the comment box</source>
        <translation>Strg+Eingabe im Kommentarfeld</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>by {0} · revision {1} · {2} · last saved {3}</source>
        <translation>von {0} · Fassung {1} · {2} · zuletzt gespeichert {3}</translation>
    </message>
    <message>
        <source>Open block findings: {0}. Approving is refused until they are changed by the author or overridden by a reviewer with a written reason.</source>
        <translation>Offene Blocker: {0}. Eine Freigabe ist erst möglich, wenn die verfassende Person sie ändert oder eine Prüferin bzw. ein Prüfer sie mit schriftlicher Begründung übergeht.</translation>
    </message>
    <message>
        <source>Show &amp;changes since revision {0}</source>
        <translation>Änderungen seit Fassung {0} an&amp;zeigen</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Schritt {0} von {1}</translation>
    </message>
    <message>
        <source>{0} of {1} approvals</source>
        <translation>{0} von {1} Freigaben</translation>
    </message>
    <message>
        <source>one approval needed</source>
        <translation>eine Freigabe nötig</translation>
    </message>
    <message>
        <source>waiting for: {0}</source>
        <translation>wartet auf: {0}</translation>
    </message>
    <message>
        <source>Quoting: {0}</source>
        <translation>Zitat: {0}</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <source>requested changes</source>
        <translation>hat Änderungen angefordert</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>hat abgelehnt</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>hat freigegeben</translation>
    </message>
    <message>
        <source>{0} · {1} · revision {2}</source>
        <translation>{0} · {1} · Fassung {2}</translation>
    </message>
</context>
<context>
    <name>ReviewImages</name>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>No images.</source>
        <translation>Keine Bilder.</translation>
    </message>
    <message>
        <source>Images of the draft</source>
        <translation>Bilder des Entwurfs</translation>
    </message>
    <message>
        <source>Click an image (or press Enter) to see it larger</source>
        <translation>Bild anklicken (oder Eingabetaste), um es groß zu sehen</translation>
    </message>
    <message>
        <source>Images ({0})</source>
        <translation>Bilder ({0})</translation>
    </message>
    <message>
        <source>A person shown has no photo consent on file: the post must not be published with this image.</source>
        <translation>Für eine abgebildete Person liegt keine Foto-Einwilligung vor: Der Beitrag darf mit diesem Bild nicht veröffentlicht werden.</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>F5: read the file again (others may have changed it)</source>
        <translation>F5: Datei neu einlesen (andere haben sie vielleicht geändert)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Nothing waiting for you. Drafts you need to review appear here.</source>
        <extracomment>A refused approval stays on screen while the reviewer ticks what it names, and shrinks with each tick (the draft editor does the same for the author).</extracomment>
        <translation>Nichts wartet auf Sie. Entwürfe, die Sie prüfen sollen, erscheinen hier.</translation>
    </message>
    <message>
        <source>Drafts are reviewed by the programme's reviewers (usually a doctor). Your profile has no reviewer role, so nothing waits for you here.</source>
        <translation>Entwürfe werden von den Prüfer/innen des Programms geprüft (meist einer Ärztin oder einem Arzt). Ihr Profil hat keine Prüferrolle, daher wartet hier nichts auf Sie.</translation>
    </message>
    <message>
        <source>Drafts waiting for your decision, oldest first. J/K or Alt+↓/↑: next/previous · Ctrl+Return: approve.</source>
        <translation>Entwürfe, die auf Ihre Entscheidung warten, älteste zuerst. J/K oder Alt+↓/↑: nächster/vorheriger · Strg+Eingabe: freigeben.</translation>
    </message>
    <message>
        <source>All drafts in review and whom they wait for. Only reviewers decide; this overview is read-only.</source>
        <translation>Alle Entwürfe in Prüfung und auf wen sie warten. Nur Prüfer/innen entscheiden; diese Übersicht ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Drafts waiting for you</source>
        <translation>Entwürfe, die auf Sie warten</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Request c&amp;hanges…</source>
        <translation>Ä&amp;nderungen anfordern…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Able&amp;hnen…</translation>
    </message>
    <message>
        <source>&amp;Override block…</source>
        <translation>Blocker &amp;übergehen…</translation>
    </message>
    <message>
        <source>Let the open block findings pass on this revision, with a written reason (audited).</source>
        <translation>Die offenen Blocker für diese Fassung durchgehen lassen, mit schriftlicher Begründung (wird protokolliert).</translation>
    </message>
    <message>
        <source>All drafts in review</source>
        <translation>Alle Entwürfe in Prüfung</translation>
    </message>
    <message>
        <source>No drafts are in review right now.</source>
        <translation>Zurzeit sind keine Entwürfe in Prüfung.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>Approved: {0}</source>
        <translation>Freigegeben: {0}</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <source>What should the author change, and why? Your comment goes to the author; they edit the text themselves.</source>
        <translation>Was soll die verfassende Person ändern, und warum? Ihr Kommentar geht an sie; den Text bearbeitet sie selbst.</translation>
    </message>
    <message>
        <source>&amp;Request changes</source>
        <translation>&amp;Änderungen anfordern</translation>
    </message>
    <message>
        <source>Changes requested: {0}</source>
        <translation>Änderungen angefordert: {0}</translation>
    </message>
    <message>
        <source>Reject draft</source>
        <translation>Entwurf ablehnen</translation>
    </message>
    <message>
        <source>Rejecting ends this draft; it will not be published. Please give the author a reason.</source>
        <translation>Mit der Ablehnung endet dieser Entwurf; er wird nicht veröffentlicht. Bitte nennen Sie der verfassenden Person einen Grund.</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Rejected: {0}</source>
        <translation>Abgelehnt: {0}</translation>
    </message>
    <message>
        <source>Override block findings</source>
        <translation>Blocker übergehen</translation>
    </message>
    <message>
        <source>The checker found passages that must not be published as they are: {0}. If you are sure the text is fine, write why. The reason is kept in the audit log.</source>
        <translation>Die Prüfung hat Stellen gefunden, die so nicht veröffentlicht werden dürfen: {0}. Wenn Sie sicher sind, dass der Text in Ordnung ist, begründen Sie es. Die Begründung wird im Protokoll gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>Überg&amp;ehen</translation>
    </message>
    <message>
        <source>Block overridden on {0}; you can approve it now.</source>
        <translation>Blocker bei {0} übergangen; Sie können jetzt freigeben.</translation>
    </message>
    <message>
        <source>Your approval is recorded; still waiting for: {0}</source>
        <translation>Ihre Freigabe ist gespeichert; es fehlt noch: {0}</translation>
    </message>
    <message>
        <source>Your approval is recorded; the draft is still in review.</source>
        <translation>Ihre Freigabe ist gespeichert; der Entwurf ist weiter in Prüfung.</translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation>Kommentar hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>RevisionsPanel</name>
    <message>
        <source>Revisions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <source>Compare from revision</source>
        <translation>Vergleichen ab Fassung</translation>
    </message>
    <message>
        <source>Compare to revision</source>
        <translation>Vergleichen mit Fassung</translation>
    </message>
    <message>
        <source>Differences between the revisions</source>
        <translation>Unterschiede zwischen den Fassungen</translation>
    </message>
    <message>
        <source>&amp;Restore as new revision</source>
        <translation>Als neue Fassung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore as new revision</source>
        <translation>Als neue Fassung wiederherstellen</translation>
    </message>
    <message>
        <source>The chosen revision comes back as a new one; nothing is overwritten.</source>
        <translation>Die gewählte Fassung kommt als neue Fassung zurück; nichts wird überschrieben.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>&lt;span style='background:#d7f5dd'&gt;added&lt;/span&gt; &amp;nbsp; &lt;span style='background:#fde0e0'&gt;&lt;s&gt;removed&lt;/s&gt;&lt;/span&gt;</source>
        <translation>&lt;span style='background:#d7f5dd'&gt;hinzugefügt&lt;/span&gt; &amp;nbsp; &lt;span style='background:#fde0e0'&gt;&lt;s&gt;entfernt&lt;/s&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Revision {0}</source>
        <translation>Fassung {0}</translation>
    </message>
    <message>
        <source>restored from {0}</source>
        <translation>wiederhergestellt aus {0}</translation>
    </message>
    <message>
        <source>Only one revision so far.</source>
        <translation>Bisher nur eine Fassung.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule</source>
        <translation>Einplanen</translation>
    </message>
    <message>
        <source>On which day will the post go out?</source>
        <translation>An welchem Tag soll der Beitrag erscheinen?</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Geplantes Datum</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>New programme</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source>Name of the practice</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>e.g. Hausarztpraxis Dr. Muster</source>
        <translation>z. B. Hausarztpraxis Dr. Muster</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>PIN (optional)</source>
        <translation>PIN (optional)</translation>
    </message>
    <message>
        <source>optional, 4–12 digits</source>
        <translation>optional, 4–12 Ziffern</translation>
    </message>
    <message>
        <source>I review drafts myself (I am a doctor or the medical lead)</source>
        <translation>Ich prüfe Entwürfe selbst (ich bin Ärztin/Arzt oder ärztliche Leitung)</translation>
    </message>
    <message>
        <source>Another person reviews:</source>
        <translation>Eine andere Person prüft:</translation>
    </message>
    <message>
        <source>I will add a reviewer later (drafts cannot be submitted until then)</source>
        <translation>Ich lege später eine prüfende Person an (bis dahin kann nichts eingereicht werden)</translation>
    </message>
    <message>
        <source>Name of the reviewer</source>
        <translation>Name der prüfenden Person</translation>
    </message>
    <message>
        <source>e.g. Dr. med. Anna Weber</source>
        <translation>z. B. Dr. med. Anna Weber</translation>
    </message>
    <message>
        <source>Who reviews drafts before they are posted? *</source>
        <translation>Wer prüft Entwürfe, bevor sie veröffentlicht werden? *</translation>
    </message>
    <message>
        <source>Review checks legal risk, not style; nobody approves their own draft. You can change this later under Programme &gt; Review policy.</source>
        <translation>Die Prüfung gilt dem rechtlichen Risiko, nicht dem Stil; niemand gibt den eigenen Entwurf frei. Ändern können Sie das später unter Programm &gt; Freigaberegeln.</translation>
    </message>
    <message>
        <source>Name of the &amp;practice *</source>
        <translation>Name der &amp;Praxis *</translation>
    </message>
    <message>
        <source>&amp;Your name *</source>
        <translation>Ihr &amp;Name *</translation>
    </message>
    <message>
        <source>Your role(s) *</source>
        <translation>Ihre Rolle(n) *</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>P&amp;IN</translation>
    </message>
    <message>
        <source>Language of posts</source>
        <translation>Sprache der Beiträge</translation>
    </message>
    <message>
        <source>Create programme</source>
        <translation>Programm anlegen</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Step {0}</source>
        <translation>Schritt {0}</translation>
    </message>
    <message>
        <source>Name of step {0}</source>
        <translation>Name von Schritt {0}</translation>
    </message>
    <message>
        <source>e.g. Medical review</source>
        <translation>z. B. Ärztliche Prüfung</translation>
    </message>
    <message>
        <source>Reviewers of step {0}</source>
        <translation>Prüfer/innen von Schritt {0}</translation>
    </message>
    <message>
        <source>(no reviewer role)</source>
        <translation>(keine Prüferrolle)</translation>
    </message>
    <message>
        <source>Only profiles with the reviewer role can review. A practice manager gives the role under Programme &gt; People.</source>
        <translation>Nur Profile mit der Rolle Prüfer/in können prüfen. Die Praxisleitung vergibt die Rolle unter Programm &gt; Personen.</translation>
    </message>
    <message>
        <source>Who must approve in step {0}</source>
        <translation>Wer in Schritt {0} freigeben muss</translation>
    </message>
    <message>
        <source>Any one of them approves</source>
        <translation>Eine Person gibt frei</translation>
    </message>
    <message>
        <source>All of them approve</source>
        <translation>Alle geben frei</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Remove step {0}</source>
        <translation>Schritt {0} entfernen</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>These checklists are a working aid, not legal advice. Adapt them to your practice: copy a template, edit it and save; the change becomes a new version. Checklists already running keep the version they started with. If in doubt, have legal questions checked by a lawyer.</source>
        <translation>Diese Checklisten sind eine Arbeitshilfe, keine Rechtsberatung. Passen Sie sie an Ihre Praxis an: Vorlage kopieren, bearbeiten und speichern; die Änderung wird eine neue Version. Bereits laufende Checklisten behalten ihre Ausgangsversion. Lassen Sie Rechtsfragen im Zweifel anwaltlich prüfen.</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>Checklisten-Vorlagen</translation>
    </message>
    <message>
        <source>Template text (TOML)</source>
        <translation>Vorlagentext (TOML)</translation>
    </message>
    <message>
        <source>Problems in the template</source>
        <translation>Probleme in der Vorlage</translation>
    </message>
    <message>
        <source>&amp;Copy and edit</source>
        <translation>&amp;Kopieren und bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>Als neue Version &amp;speichern</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>{0}
version {1} · {2}</source>
        <translation>{0}
Version {1} · {2}</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Verwendung</translation>
    </message>
    <message>
        <source>New checklists of this kind use this version.</source>
        <translation>Neue Checklisten dieser Art verwenden diese Version.</translation>
    </message>
    <message>
        <source>Checklists started with this version keep using it.</source>
        <translation>Mit dieser Version begonnene Checklisten verwenden sie weiter.</translation>
    </message>
    <message>
        <source>Read-only view. Use “Copy and edit” to change it.</source>
        <translation>Nur Ansicht. Zum Ändern „Kopieren und bearbeiten“ verwenden.</translation>
    </message>
    <message>
        <source>The template has a problem and cannot be saved yet.</source>
        <translation>Die Vorlage enthält einen Fehler und kann noch nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Valid: {0} items. Saving stores it as a new version.</source>
        <translation>Gültig: {0} Punkte. Beim Speichern entsteht eine neue Version.</translation>
    </message>
    <message>
        <source>Saved as version {0}.</source>
        <translation>Als Version {0} gespeichert.</translation>
    </message>
</context>
<context>
    <name>TermsTab</name>
    <message>
        <source>Add words that matter in your practice, e.g. internal project names, the name of a partner clinic or of a competitor. “Block” stops submitting until a reviewer overrides it with a reason; “Warn” and “Info” only point it out.</source>
        <translation>Ergänzen Sie Begriffe, die in Ihrer Praxis wichtig sind, z. B. interne Projektnamen, den Namen einer Partnerklinik oder eines Mitbewerbers. „Blocker“ verhindert das Einreichen, bis eine Prüferin oder ein Prüfer ihn mit Begründung übergeht; „Warnung“ und „Hinweis“ weisen nur darauf hin.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Clinic-specific checker terms</source>
        <translation>Praxiseigene Prüfbegriffe</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation>Wort oder Wortgruppe</translation>
    </message>
    <message>
        <source>Why (shown with the finding)</source>
        <translation>Warum (wird bei der Auffälligkeit angezeigt)</translation>
    </message>
    <message>
        <source>&amp;Add term</source>
        <translation>Begriff &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Begriff hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove selected term</source>
        <translation>Ausgewählten Begriff entfernen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The regular expression is not valid.</source>
        <translation>Der reguläre Ausdruck ist ungültig.</translation>
    </message>
    <message>
        <source>Enter a term first.</source>
        <translation>Geben Sie zuerst einen Begriff ein.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today at {0}</source>
        <translation>Heute – {0}</translation>
    </message>
    <message>
        <source>What needs you today</source>
        <translation>Was heute Ihre Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidat:innen</translation>
    </message>
    <message>
        <source>In onboarding</source>
        <translation>In Einarbeitung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Alumni</source>
        <translation>Alumni</translation>
    </message>
    <message>
        <source>Crisis mode</source>
        <translation>Krisenmodus</translation>
    </message>
    <message>
        <source>open since {0}</source>
        <translation>offen seit {0}</translation>
    </message>
    <message>
        <source>Programme set-up: {0} of {1} required steps done</source>
        <translation>Programm-Aufbau: {0} von {1} Pflichtschritten erledigt</translation>
    </message>
    <message>
        <source>Next step: {0}</source>
        <translation>Nächster Schritt: {0}</translation>
    </message>
    <message>
        <source>Consent withdrawn: do not publish these drafts</source>
        <translation>Einwilligung widerrufen: Diese Entwürfe nicht veröffentlichen</translation>
    </message>
    <message>
        <source>Waiting for your review ({0})</source>
        <translation>Wartet auf Ihre Prüfung ({0})</translation>
    </message>
    <message>
        <source>Your drafts waiting for a reviewer</source>
        <translation>Ihre Entwürfe, die auf eine Prüfung warten</translation>
    </message>
    <message>
        <source>A reviewer asked you for changes</source>
        <translation>Eine Prüferin oder ein Prüfer bittet Sie um Änderungen</translation>
    </message>
    <message>
        <source>held because of an incident</source>
        <translation>wegen eines Vorfalls angehalten</translation>
    </message>
    <message>
        <source>Planned for the next 7 days</source>
        <translation>Geplant für die nächsten 7 Tage</translation>
    </message>
    <message>
        <source>Open the crisis checklist</source>
        <translation>Krisen-Checkliste öffnen</translation>
    </message>
    <message>
        <source>Your onboarding: {0} item(s) open</source>
        <translation>Ihre Einarbeitung: {0} Punkt(e) offen</translation>
    </message>
    <message>
        <source>Your onboarding is complete: a practice manager sets you active</source>
        <translation>Ihre Einarbeitung ist abgeschlossen: Die Praxisleitung setzt Sie aktiv</translation>
    </message>
    <message>
        <source>{0} item(s) open</source>
        <translation>{0} Punkt(e) offen</translation>
    </message>
    <message>
        <source>ready to be set active</source>
        <translation>bereit zum Aktivsetzen</translation>
    </message>
    <message>
        <source>In onboarding ({0})</source>
        <translation>In der Einarbeitung ({0})</translation>
    </message>
    <message>
        <source>Your drafts not yet submitted ({0})</source>
        <translation>Ihre noch nicht eingereichten Entwürfe ({0})</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Active ambassadors have &lt;b&gt;{0} h&lt;/b&gt; of working time per month for the programme.</source>
        <translation>Aktive Botschafter:innen haben &lt;b&gt;{0} Std.&lt;/b&gt; Arbeitszeit pro Monat für das Programm.</translation>
    </message>
    <message>
        <source>{0} draft(s) in review in the whole programme.</source>
        <translation>Entwürfe in Prüfung im gesamten Programm: {0}.</translation>
    </message>
    <message>
        <source>Photo consent missing for active ambassadors: {0}. Do not publish photos of them until it is signed.</source>
        <translation>Foto-Einwilligung fehlt bei aktiven Botschafter:innen: {0}. Veröffentlichen Sie keine Fotos von ihnen, bis sie unterschrieben ist.</translation>
    </message>
    <message>
        <source>All active ambassadors have a photo consent on file.</source>
        <translation>Von allen aktiven Botschafter:innen liegt eine Foto-Einwilligung vor.</translation>
    </message>
    <message>
        <source>Nothing needs you today. Enjoy your day!</source>
        <translation>Heute ist nichts für Sie zu tun. Einen schönen Tag!</translation>
    </message>
    <message>
        <source>Add a reviewer: the doctor who reads drafts before they are posted (Programme &gt; People)</source>
        <translation>Prüfende Person anlegen: die Ärztin oder der Arzt, die Entwürfe vor dem Posten liest (Programm &gt; Personen)</translation>
    </message>
    <message>
        <source>Add an ambassador: who will post for the practice (Ambassadors)</source>
        <translation>Botschafter:in anlegen: wer für die Praxis postet (Botschafter:innen)</translation>
    </message>
    <message>
        <source>Finish an onboarding: tick the items, then set the person active (Programme &gt; Onboarding)</source>
        <translation>Eine Einarbeitung abschließen: Punkte abhaken, dann die Person aktiv setzen (Programm &gt; Einarbeitung)</translation>
    </message>
    <message>
        <source>Write the first draft (Drafts &gt; New draft)</source>
        <translation>Den ersten Entwurf schreiben (Entwürfe &gt; Neuer Entwurf)</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>A new programme: these four steps take it to its first post.</source>
        <translation>Ein neues Programm: Diese vier Schritte führen zum ersten Beitrag.</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>The text is too long to be saved: {0} characters, at most {1} are possible. Please shorten it by {2} characters; until then your changes stay here but are not saved.</source>
        <translation>Der Text ist zu lang zum Speichern: {0} Zeichen, möglich sind höchstens {1}. Bitte kürzen Sie ihn um {2} Zeichen; bis dahin bleiben Ihre Änderungen hier, werden aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>The title is too long to be saved: {0} characters, at most {1} are possible. Please shorten it by {2} characters; until then your changes stay here but are not saved.</source>
        <translation>Der Titel ist zu lang zum Speichern: {0} Zeichen, möglich sind höchstens {1}. Bitte kürzen Sie ihn um {2} Zeichen; bis dahin bleiben Ihre Änderungen hier, werden aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>The text is too long to be saved ({0} characters; at most {1} are possible).</source>
        <translation>Der Text ist zu lang zum Speichern ({0} Zeichen; möglich sind höchstens {1}).</translation>
    </message>
    <message>
        <source>The title is too long to be saved ({0} characters; at most {1} are possible).</source>
        <translation>Der Titel ist zu lang zum Speichern ({0} Zeichen; möglich sind höchstens {1}).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Your latest changes cannot be saved. {0}

Close the draft anyway and discard them? The last saved revision ({1}) is kept.</source>
        <translation>Ihre letzten Änderungen können nicht gespeichert werden. {0}

Den Entwurf trotzdem schließen und die Änderungen verwerfen? Die zuletzt gespeicherte Fassung ({1}) bleibt erhalten.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Discard changes and close</source>
        <translation>Änderungen verwerfen und schließen</translation>
    </message>
</context>
<context>
    <name>VacanciesPage</name>
    <message>
        <source>Vacancies</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>The positions you want to fill. Posts can be linked to a vacancy, so the report shows where applications came from.</source>
        <translation>Die Stellen, die Sie besetzen möchten. Beiträge lassen sich mit einer Stelle verknüpfen, damit der Bericht zeigt, woher Bewerbungen kamen.</translation>
    </message>
    <message>
        <source>&amp;New vacancy</source>
        <translation>&amp;Neue Stelle</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Mark as &amp;filled…</source>
        <translation>Als be&amp;setzt markieren…</translation>
    </message>
    <message>
        <source>{0} open · {1} in total</source>
        <translation>{0} offen · {1} insgesamt</translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message>
        <source>New vacancy</source>
        <translation>Neue Stelle</translation>
    </message>
    <message>
        <source>Edit vacancy</source>
        <translation>Stelle bearbeiten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Medical assistant (MFA), part-time</source>
        <translation>z. B. Medizinische Fachangestellte (MFA), Teilzeit</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ausgeschrieben am</translation>
    </message>
    <message>
        <source>Filled on</source>
        <translation>Besetzt am</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>Ausgeschrieben a&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Filled on:</source>
        <translation>&amp;Besetzt am:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>VacancyProblems</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Filled on</source>
        <translation>Besetzt am</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ausgeschrieben am</translation>
    </message>
    <message>
        <source>{0} is required.</source>
        <translation>{0} ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>{0} is too long.</source>
        <translation>{0} ist zu lang.</translation>
    </message>
    <message>
        <source>{0} cannot be before the date it was opened.</source>
        <translation>{0} darf nicht vor dem Ausschreibungsdatum liegen.</translation>
    </message>
    <message>
        <source>{0} cannot be in the future.</source>
        <translation>{0} darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>{0} is not valid.</source>
        <translation>{0} ist ungültig.</translation>
    </message>
</context>
<context>
    <name>VacancyTableModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ausgeschrieben</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Clinic Ambassadors</source>
        <translation>Willkommen bei Clinic Ambassadors</translation>
    </message>
    <message>
        <source>Run your practice's ambassador programme: colleagues post about their work, a doctor reviews, a checker flags legal risk before anything goes out. Everything stays in one file on this computer.</source>
        <translation>Führen Sie das Botschafterprogramm Ihrer Praxis: Kolleg:innen berichten über ihre Arbeit, eine Ärztin oder ein Arzt prüft, und eine automatische Prüfung markiert rechtliche Risiken, bevor etwas veröffentlicht wird. Alles bleibt in einer Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Start a new programme</source>
        <translation>Neues Programm starten</translation>
    </message>
    <message>
        <source>Name your practice and yourself; two minutes.</source>
        <translation>Praxis und eigenen Namen eintragen – dauert zwei Minuten.</translation>
    </message>
    <message>
        <source>Open an existing file…</source>
        <translation>Vorhandene Datei öffnen…</translation>
    </message>
    <message>
        <source>For example a file on the practice's network drive.</source>
        <translation>Zum Beispiel eine Datei auf dem Netzlaufwerk der Praxis.</translation>
    </message>
    <message>
        <source>Try the demo programme</source>
        <translation>Demo-Programm ausprobieren</translation>
    </message>
    <message>
        <source>A made-up practice with ambassadors in every stage; nothing you do there matters.</source>
        <translation>Eine erfundene Praxis mit Botschafter:innen in jeder Phase; was Sie dort tun, hat keine Folgen.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw draft</source>
        <translation>Entwurf zurückziehen</translation>
    </message>
    <message>
        <source>The draft will not be published. It stays in the file with its history. A reason is optional.</source>
        <translation>Der Entwurf wird nicht veröffentlicht. Er bleibt mit seinem Verlauf in der Datei. Eine Begründung ist optional.</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>Grund für das Zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Start writing</source>
        <translation>Mit dem Schreiben beginnen</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Approve without review</source>
        <translation>Ohne Prüfung freigeben</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Override block finding</source>
        <translation>Blocker übergehen</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einplanen</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>Planung aufheben</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>Als veröffentlicht markieren</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>This is not possible while the draft is in this state.</source>
        <translation>Das ist in diesem Status des Entwurfs nicht möglich.</translation>
    </message>
    <message>
        <source>Only the author (or the practice manager) may do this.</source>
        <translation>Nur die Verfasserin bzw. der Verfasser (oder das Praxismanagement) darf das tun.</translation>
    </message>
    <message>
        <source>Nobody approves or overrides checks on their own draft. Another reviewer has to decide.</source>
        <translation>Niemand gibt den eigenen Entwurf frei oder übergeht dessen Prüfergebnisse. Eine andere Prüferin oder ein anderer Prüfer muss entscheiden.</translation>
    </message>
    <message>
        <source>Nobody reviews their own draft. Another reviewer has to decide.</source>
        <translation>Niemand prüft den eigenen Entwurf. Eine andere Prüferin oder ein anderer Prüfer muss entscheiden.</translation>
    </message>
    <message>
        <source>You are not a reviewer for the current review step.</source>
        <translation>Sie sind für diesen Prüfschritt nicht als Prüfer/in eingetragen.</translation>
    </message>
    <message>
        <source>You have already approved this step for this revision.</source>
        <translation>Sie haben diesen Schritt für diese Fassung bereits freigegeben.</translation>
    </message>
    <message>
        <source>Nobody can review this draft yet: there is no reviewer besides its author. A practice manager adds one under Programme &gt; People (a profile with the reviewer role); the draft is kept as it is.</source>
        <translation>Diesen Entwurf kann noch niemand prüfen: Außer der Autorin oder dem Autor gibt es keine prüfende Person. Die Praxisleitung legt eine unter Programm &gt; Personen an (ein Profil mit der Rolle Prüfer/in); der Entwurf bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Please say what should change (a comment is required).</source>
        <translation>Bitte beschreiben Sie, was geändert werden soll (ein Kommentar ist Pflicht).</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Bitte geben Sie eine Begründung an.</translation>
    </message>
    <message>
        <source>Overriding a block finding needs a written reason; it is kept in the audit log.</source>
        <translation>Wer einen Blocker übergeht, muss eine schriftliche Begründung angeben; sie wird im Protokoll gespeichert.</translation>
    </message>
    <message>
        <source>There is no open block finding to override.</source>
        <translation>Es gibt keinen offenen Blocker, der übergangen werden könnte.</translation>
    </message>
    <message>
        <source>The text has open block findings: {0}. Change the passages, or ask a reviewer to override them with a written reason.</source>
        <translation>Der Text hat offene Blocker: {0}. Ändern Sie die Stellen oder bitten Sie eine Prüferin oder einen Prüfer, sie mit schriftlicher Begründung zu übergehen.</translation>
    </message>
    <message>
        <source>Required checklist items are still open: {0}.</source>
        <translation>Pflichtpunkte der Checkliste sind noch offen: {0}.</translation>
    </message>
    <message>
        <source>People shown in an image have no valid photo consent (§ 22 KUG): {0}. Remove the image or record the consent first.</source>
        <translation>Für abgebildete Personen liegt keine gültige Foto-Einwilligung vor (§ 22 KUG): {0}. Entfernen Sie das Bild oder erfassen Sie zuerst die Einwilligung.</translation>
    </message>
    <message>
        <source>The programme's review policy does not allow skipping review.</source>
        <translation>Die Freigaberegeln des Programms erlauben es nicht, die Prüfung zu überspringen.</translation>
    </message>
    <message>
        <source>A reviewer asked for changes to this revision; edit the text first.</source>
        <translation>Eine Prüferin oder ein Prüfer hat Änderungen an dieser Fassung angefordert; bearbeiten Sie zuerst den Text.</translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation>Wählen Sie ein Datum.</translation>
    </message>
    <message>
        <source>The planned date is in the past.</source>
        <translation>Das geplante Datum liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>Enter the address (URL) of the published post.</source>
        <translation>Geben Sie die Adresse (URL) des veröffentlichten Beitrags ein.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>Choose the network.</source>
        <translation>Wählen Sie das Netzwerk.</translation>
    </message>
    <message>
        <source>Enter the date of publication.</source>
        <translation>Geben Sie das Veröffentlichungsdatum ein.</translation>
    </message>
    <message>
        <source>The date of publication is in the future.</source>
        <translation>Das Veröffentlichungsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The draft is paused because of an open incident (crisis mode).</source>
        <translation>Der Entwurf ist wegen eines offenen Vorfalls pausiert (Krisenmodus).</translation>
    </message>
    <message>
        <source>The draft is already paused.</source>
        <translation>Der Entwurf ist bereits pausiert.</translation>
    </message>
    <message>
        <source>The draft is not paused.</source>
        <translation>Der Entwurf ist nicht pausiert.</translation>
    </message>
    <message>
        <source>Someone saved a newer version meanwhile; reload the draft.</source>
        <translation>Inzwischen hat jemand eine neuere Fassung gespeichert; laden Sie den Entwurf neu.</translation>
    </message>
    <message>
        <source>This action was refused ({0}).</source>
        <translation>Diese Aktion wurde abgelehnt ({0}).</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>und {0} weitere</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <source>Ctrl+Return</source>
        <extracomment>Button order, left to right. Steps that put the draft in front of others: refused without a title.</extracomment>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Open block findings: {0}</source>
        <translation>Offene Blocker: {0}</translation>
    </message>
    <message>
        <source>There is no open block finding to override.</source>
        <translation>Es gibt keinen offenen Blocker, der übergangen werden könnte.</translation>
    </message>
    <message>
        <source>Please give the draft a title before you submit it.</source>
        <translation>Bitte geben Sie dem Entwurf vor dem Einreichen einen Titel.</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>This is the programme's only practice manager. Give another profile the manager role first, then remove it here.</source>
        <translation>Dies ist die einzige Praxisleitung des Programms. Geben Sie zuerst einem anderen Profil die Rolle Praxismanager/in und entfernen Sie sie dann hier.</translation>
    </message>
    <message>
        <source>Only a practice manager may change profiles.</source>
        <translation>Nur die Praxisleitung darf Profile ändern.</translation>
    </message>
    <message>
        <source>This ambassador already has a profile.</source>
        <translation>Dieser Botschafter-Eintrag hat bereits ein Profil.</translation>
    </message>
    <message>
        <source>Only a profile with the ambassador role can be linked to an ambassador.</source>
        <translation>Nur ein Profil mit der Rolle Botschafter/in kann mit einem Botschafter-Eintrag verknüpft werden.</translation>
    </message>
</context>
</TS>
