<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <name>ConsentEditor</name>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Version, e.g. 2025-1</source>
        <translation>Fassung, z. B. 2025-1</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
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
        <source>Enter selects the passage in the text.</source>
        <translation>Mit der Eingabetaste wird die Stelle im Text markiert.</translation>
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
        <source>checking…</source>
        <translation>wird geprüft…</translation>
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
        <source>This is the demo programme: try anything, it is not your real data. File &gt; New starts your own programme.</source>
        <translation>Dies ist das Demo-Programm: Probieren Sie alles aus, es sind nicht Ihre echten Daten. Mit Datei &gt; Neues Programm beginnen Sie Ihr eigenes Programm.</translation>
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
        <source>Calendar: planned and published posts per week, with export to your calendar (.ics).</source>
        <translation>Kalender: geplante und veröffentlichte Beiträge pro Woche, mit Export in Ihren Kalender (.ics).</translation>
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
        <source>&amp;Backup now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>Datenbank &amp;prüfen</translation>
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
    <name>TodayPage</name>
    <message>
        <source>Today at {0}</source>
        <translation>Heute – {0}</translation>
    </message>
    <message>
        <source>Active ambassadors have &lt;b&gt;{0} h&lt;/b&gt; of working time per month for the programme.</source>
        <translation>Aktive Botschafter:innen haben &lt;b&gt;{0} Std.&lt;/b&gt; Arbeitszeit pro Monat für das Programm.</translation>
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
        <source>Drafts waiting for review, planned posts and reminders will appear here as the programme grows.</source>
        <translation>Entwürfe, die auf Prüfung warten, geplante Beiträge und Erinnerungen erscheinen hier, sobald das Programm wächst.</translation>
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
        <source>A review step has no reviewer other than the author. Add a reviewer under Programme &gt; Review policy.</source>
        <translation>Für einen Prüfschritt gibt es außer der verfassenden Person keine Prüfer/innen. Tragen Sie unter Programm &gt; Freigaberegeln eine Prüferin oder einen Prüfer ein.</translation>
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
        <source>A person shown in an image has no valid photo consent (§ 22 KUG). Remove the image or record the consent first.</source>
        <translation>Für eine abgebildete Person liegt keine gültige Foto-Einwilligung vor (§ 22 KUG). Entfernen Sie das Bild oder erfassen Sie zuerst die Einwilligung.</translation>
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
</context>
</TS>
