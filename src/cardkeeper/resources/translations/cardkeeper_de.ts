<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActivityLog</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>What happened? e.g. “Agreed on a demo next week”</source>
        <translation>Was ist passiert? z. B. „Demo nächste Woche vereinbart“</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>Log Call</source>
        <translation>Anruf eintragen</translation>
    </message>
    <message>
        <source>Log Meeting</source>
        <translation>Treffen eintragen</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Draft Email…</source>
        <translation>E-Mail entwerfen…</translation>
    </message>
</context>
<context>
    <name>AddressEditor</name>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Suite, floor, building</source>
        <translation>Büro, Etage, Gebäude</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Address as printed</source>
        <translation>Adresse wie gedruckt</translation>
    </message>
    <message>
        <source>As printed:</source>
        <translation>Wie gedruckt:</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Camera picture</source>
        <translation>Kamerabild</translation>
    </message>
</context>
<context>
    <name>CaptureStrip</name>
    <message>
        <source>Captured cards</source>
        <translation>Aufgenommene Karten</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>Business card</source>
        <translation>Visitenkarte</translation>
    </message>
    <message>
        <source>Arrow keys move between words, Space picks a word, Shift+arrows pick along, Enter or the Menu key uses the picked words as a field, Esc unpicks them</source>
        <translation>Pfeiltasten wechseln zwischen den Wörtern, die Leertaste wählt ein Wort, Umschalt+Pfeiltasten wählen weiter, die Eingabe- oder Menütaste verwendet die gewählten Wörter als Feld, Esc hebt die Auswahl auf</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Show the front of the card</source>
        <translation>Die Vorderseite der Karte zeigen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>Show the back of the card</source>
        <translation>Die Rückseite der Karte zeigen</translation>
    </message>
    <message>
        <source>Show the previous card</source>
        <translation>Die vorige Karte zeigen</translation>
    </message>
    <message>
        <source>Show the next card</source>
        <translation>Die nächste Karte zeigen</translation>
    </message>
    <message>
        <source>Card shown</source>
        <translation>Gezeigte Karte</translation>
    </message>
    <message>
        <source>Show words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Show a box around each word the reader found</source>
        <translation>Einen Rahmen um jedes erkannte Wort zeigen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the card in view</source>
        <translation>Die Karte in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>Crop and Rotate…</source>
        <translation>Zuschneiden und drehen…</translation>
    </message>
    <message>
        <source>See the original photo, crop and turn the card on it, and read it again</source>
        <translation>Das Originalfoto ansehen, die Karte darauf zuschneiden und drehen und sie erneut lesen</translation>
    </message>
    <message>
        <source>Crop and Rotate</source>
        <translation>Zuschneiden</translation>
    </message>
    <message>
        <source>Use as…</source>
        <translation>Verwenden als…</translation>
    </message>
    <message>
        <source>Use the picked words as a field (or right-click the card)</source>
        <translation>Die gewählten Wörter für ein Feld verwenden (oder Rechtsklick auf die Karte)</translation>
    </message>
    <message>
        <source>Unpick the words (Esc)</source>
        <translation>Wortauswahl aufheben (Esc)</translation>
    </message>
    <message>
        <source>Card {number} of {count}</source>
        <translation>Karte {number} von {count}</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>No card image</source>
        <translation>Kein Kartenbild</translation>
    </message>
    <message>
        <source>Could not read the card image</source>
        <translation>Das Kartenbild konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Not sure this says “{word}” ({confidence:.0%})</source>
        <translation>Unsicher, ob hier „{word}“ steht ({confidence:.0%})</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>One per line</source>
        <translation>Eine pro Zeile</translation>
    </message>
    <message>
        <source>Choose or type an event</source>
        <translation>Veranstaltung wählen oder eingeben</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Datum löschen</translation>
    </message>
    <message>
        <source>Comma separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Aussprache</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Emai&amp;ls</source>
        <translation>E-&amp;Mails</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>We&amp;bsites</source>
        <translation>W&amp;ebseiten</translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation>Ad&amp;resse</translation>
    </message>
    <message>
        <source>&amp;Where met</source>
        <translation>Wo kennen&amp;gelernt</translation>
    </message>
    <message>
        <source>Met &amp;on</source>
        <translation>Kennenge&amp;lernt am</translation>
    </message>
    <message>
        <source>&amp;Interested in</source>
        <translation>&amp;Interessiert an</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>S&amp;chlagwörter</translation>
    </message>
</context>
<context>
    <name>ContactPane</name>
    <message>
        <source>Select a contact to see its card and details.</source>
        <translation>Wählen Sie einen Kontakt, um seine Karte und Angaben zu sehen.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&lt;b&gt;New card.&lt;/b&gt; Check what was read, then accept it.</source>
        <translation>&lt;b&gt;Neue Karte.&lt;/b&gt; Prüfen Sie, was gelesen wurde, und übernehmen Sie sie dann.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Mark this card as checked and open the next (Enter)</source>
        <translation>Diese Karte als geprüft markieren und die nächste öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Move this card to the trash (Delete)</source>
        <translation>Diese Karte in den Papierkorb verschieben (Entf)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Wiederher&amp;stellen</translation>
    </message>
    <message>
        <source>This contact is in the trash.</source>
        <translation>Dieser Kontakt ist im Papierkorb.</translation>
    </message>
    <message>
        <source>contact #{id}</source>
        <translation>Kontakt Nr. {id}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Looks like {name}&lt;/b&gt; already in your library ({reason}).</source>
        <translation>&lt;b&gt;Sieht aus wie {name}&lt;/b&gt;, schon in Ihrer Bibliothek ({reason}).</translation>
    </message>
    <message>
        <source>&amp;Merge into {name}</source>
        <translation>&amp;Zusammenführen mit {name}</translation>
    </message>
    <message>
        <source>it</source>
        <translation>diesem Kontakt</translation>
    </message>
    <message>
        <source>Activity ({count})</source>
        <translation>Aktivität ({count})</translation>
    </message>
</context>
<context>
    <name>ContactsFileActions</name>
    <message>
        <source>I&amp;mport Contacts (vCard, CSV)…</source>
        <translation>Kontakte im&amp;portieren (vCard, CSV)…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>Kontakte e&amp;xportieren…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {path}.</source>
        <translation>
            <numerusform>%n Kontakt nach {path} exportiert.</numerusform>
            <numerusform>%n Kontakte nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation>Kontakte werden exportiert…</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv)</source>
        <translation>Kontakte (*.vcf *.vcard *.csv)</translation>
    </message>
    <message>
        <source>{file} was not imported: wait for the contacts import under way.</source>
        <translation>{file} wurde nicht importiert: Warten Sie, bis der laufende Kontaktimport fertig ist.</translation>
    </message>
    <message>
        <source>Reading the columns of {file}…</source>
        <translation>Die Spalten von {file} werden gelesen…</translation>
    </message>
    <message>
        <source>Importing contacts from {file}…</source>
        <translation>Kontakte werden aus {file} importiert…</translation>
    </message>
    <message>
        <source>{message} {done} of {total}</source>
        <translation>{message} {done} von {total}</translation>
    </message>
    <message>
        <source>Wait for the contacts import to finish before restoring a backup.</source>
        <translation>Warten Sie, bis der Kontaktimport fertig ist, bevor Sie eine Sicherung wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Rotate Left</source>
        <translation>Nach links drehen</translation>
    </message>
    <message>
        <source>Turn the photo a quarter turn to the left</source>
        <translation>Das Foto eine Vierteldrehung nach links drehen</translation>
    </message>
    <message>
        <source>Rotate Right</source>
        <translation>Nach rechts drehen</translation>
    </message>
    <message>
        <source>Turn the photo a quarter turn to the right</source>
        <translation>Das Foto eine Vierteldrehung nach rechts drehen</translation>
    </message>
    <message>
        <source>Whole Photo</source>
        <translation>Ganzes Foto</translation>
    </message>
    <message>
        <source>Take the whole photo as the card</source>
        <translation>Das ganze Foto als Karte nehmen</translation>
    </message>
    <message>
        <source>Drag the round handles onto the card's corners, or drag a rectangle around the card.</source>
        <translation>Ziehen Sie die runden Griffe auf die Ecken der Karte oder ziehen Sie ein Rechteck um die Karte.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Neu gelesen</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>Erneut &amp;lesen</translation>
    </message>
    <message>
        <source>Read the card as framed (Enter)</source>
        <translation>Die Karte wie eingerahmt lesen (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Keep this crop of the card and the ticked fields</source>
        <translation>Diesen Zuschnitt der Karte und die angehakten Felder behalten</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>{value} (corrected by you)</source>
        <translation>{value} (von Ihnen korrigiert)</translation>
    </message>
    <message>
        <source>Read again. Ticked fields take the new reading; fields you corrected are unticked and stay as you wrote them.</source>
        <translation>Erneut gelesen. Angehakte Felder übernehmen die neue Lesung; von Ihnen korrigierte Felder sind nicht angehakt und bleiben, wie Sie sie geschrieben haben.</translation>
    </message>
    <message>
        <source>Read again: no field changes. Apply keeps this crop of the card.</source>
        <translation>Erneut gelesen: kein Feld ändert sich. „Anwenden“ behält diesen Zuschnitt der Karte.</translation>
    </message>
    <message>
        <source>The card could not be read again: {reason}</source>
        <translation>Die Karte konnte nicht erneut gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Die Karte wird gelesen…</translation>
    </message>
    <message>
        <source>Crop and turn the card as it should be read, then read it again.</source>
        <translation>Schneiden Sie die Karte zu und drehen Sie sie so, wie sie gelesen werden soll, und lesen Sie sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>Name prefix (Dr., Ms.)</source>
        <translation>Namenspräfix (Dr., Fr.)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Given name in Latin letters (reading)</source>
        <translation>Vorname in lateinischer Schrift (Aussprache)</translation>
    </message>
    <message>
        <source>Family name in Latin letters (reading)</source>
        <translation>Nachname in lateinischer Schrift (Aussprache)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Telefon geschäftlich</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Anderes Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation>Interessiert an</translation>
    </message>
    <message>
        <source>Where met (event)</source>
        <translation>Wo kennengelernt (Veranstaltung)</translation>
    </message>
    <message>
        <source>Met on (date)</source>
        <translation>Kennengelernt am (Datum)</translation>
    </message>
    <message>
        <source>Don't import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>This looks like a Google Contacts export. Left as they are, its columns are read the way Google means them (phone kinds from their labels).</source>
        <translation>Das sieht nach einem Export aus Google Kontakte aus. Unverändert gelassen, werden seine Spalten so gelesen, wie Google sie meint (Telefonarten aus ihren Bezeichnungen).</translation>
    </message>
    <message>
        <source>This looks like an Outlook export. Left as they are, its columns are read the way Outlook means them (addresses from their parts).</source>
        <translation>Das sieht nach einem Export aus Outlook aus. Unverändert gelassen, werden seine Spalten so gelesen, wie Outlook sie meint (Adressen aus ihren Teilen).</translation>
    </message>
    <message>
        <source>Import Contacts from CSV</source>
        <translation>Kontakte aus CSV importieren</translation>
    </message>
    <message>
        <source>Choose what each column of {file} holds. Columns set to “{dont}” are left out.</source>
        <translation>Wählen Sie, was jede Spalte von {file} enthält. Spalten auf „{dont}“ werden ausgelassen.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Import &amp;as</source>
        <translation>Importieren &amp;als</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(ohne Überschrift)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Choose a field for at least one column: as it is, nothing would be imported.</source>
        <translation>Wählen Sie für mindestens eine Spalte ein Feld: So würde nichts importiert.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import column {column} as</source>
        <translation>Spalte {column} importieren als</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Draft Email</source>
        <translation>E-Mail entwerfen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>No email address</source>
        <translation>Keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>&amp;Open in Mail App</source>
        <translation>Im &amp;Mailprogramm öffnen</translation>
    </message>
    <message>
        <source>Open this email in your mail program, ready to send (Ctrl+Return)</source>
        <translation>Diese E-Mail versandbereit in Ihrem Mailprogramm öffnen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>Als .&amp;eml speichern…</translation>
    </message>
    <message>
        <source>Save a draft file that Outlook, Thunderbird or Apple Mail opens (Ctrl+S)</source>
        <translation>Eine Entwurfsdatei speichern, die Outlook, Thunderbird oder Apple Mail öffnet (Strg+S)</translation>
    </message>
    <message>
        <source>Save to &amp;Drafts</source>
        <translation>In Ent&amp;würfe speichern</translation>
    </message>
    <message>
        <source>Put this email in the Drafts folder of your mailbox, to send from your phone or mail program (set it up in Settings ▸ Mail)</source>
        <translation>Diese E-Mail in den Entwürfe-Ordner Ihres Postfachs legen, um sie vom Telefon oder Mailprogramm aus zu senden (einzurichten unter Einstellungen ▸ E-Mail)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the subject and the text, to paste into any mail program</source>
        <translation>Betreff und Text kopieren, um sie in ein beliebiges Mailprogramm einzufügen</translation>
    </message>
    <message>
        <source>&amp;Mark as Sent</source>
        <translation>Als &amp;gesendet markieren</translation>
    </message>
    <message>
        <source>You have sent it: complete this follow-up and schedule the next step</source>
        <translation>Sie haben sie gesendet: Diese Wiedervorlage abschließen und den nächsten Schritt planen</translation>
    </message>
    <message>
        <source>You have sent it: note the email in the contact's activity</source>
        <translation>Sie haben sie gesendet: Die E-Mail in der Aktivität des Kontakts vermerken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Email to {name}</source>
        <translation>E-Mail an {name}</translation>
    </message>
    <message>
        <source>There are no templates: write one in Templates and Sequences.</source>
        <translation>Es gibt keine Vorlagen: Schreiben Sie eine unter Vorlagen und Abläufe.</translation>
    </message>
    <message>
        <source>{name} has no email address: type one in To, or add one to the contact.</source>
        <translation>{name} hat keine E-Mail-Adresse: Geben Sie eine unter An ein oder fügen Sie dem Kontakt eine hinzu.</translation>
    </message>
    <message>
        <source>This contact</source>
        <translation>Dieser Kontakt</translation>
    </message>
    <message>
        <source>The email is signed with no name: add yours in Settings ▸ Your Details.</source>
        <translation>Die E-Mail ist ohne Namen unterschrieben: Tragen Sie Ihren unter Einstellungen ▸ Ihre Angaben ein.</translation>
    </message>
    <message>
        <source>Opened in your mail program; come back to mark it as sent.</source>
        <translation>In Ihrem Mailprogramm geöffnet; kommen Sie zurück, um sie als gesendet zu markieren.</translation>
    </message>
    <message>
        <source>No mail program is set up to open mail links: save it as .eml or copy it instead.</source>
        <translation>Kein Mailprogramm ist zum Öffnen von Mail-Links eingerichtet: Speichern Sie sie stattdessen als .eml oder kopieren Sie sie.</translation>
    </message>
    <message>
        <source>Save Email Draft</source>
        <translation>E-Mail-Entwurf speichern</translation>
    </message>
    <message>
        <source>Email drafts (*.eml)</source>
        <translation>E-Mail-Entwürfe (*.eml)</translation>
    </message>
    <message>
        <source>Saved to {path}: open it to send it from your mail program.</source>
        <translation>Unter {path} gespeichert: Öffnen Sie die Datei, um sie aus Ihrem Mailprogramm zu senden.</translation>
    </message>
    <message>
        <source>Putting it in the Drafts folder of your mailbox…</source>
        <translation>Wird in den Entwürfe-Ordner Ihres Postfachs gelegt…</translation>
    </message>
    <message>
        <source>In “{folder}” of your mailbox: send it from there, then mark it as sent here.</source>
        <translation>In „{folder}“ Ihres Postfachs: Senden Sie sie von dort und markieren Sie sie dann hier als gesendet.</translation>
    </message>
    <message>
        <source>The subject and the text are on the clipboard.</source>
        <translation>Betreff und Text sind in der Zwischenablage.</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>den Kontakt</translation>
    </message>
    <message>
        <source>Email to {name} marked as sent.</source>
        <translation>E-Mail an {name} als gesendet markiert.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Add your first cards</source>
        <translation>Fügen Sie Ihre ersten Karten hinzu</translation>
    </message>
    <message>
        <source>Drop card photos or a whole folder anywhere on this window, or choose File ▸ Import ({shortcut}). You can also scan cards with your camera.</source>
        <translation>Ziehen Sie Kartenfotos oder einen ganzen Ordner irgendwo auf dieses Fenster oder wählen Sie Datei ▸ Importieren ({shortcut}). Sie können Karten auch mit Ihrer Kamera scannen.</translation>
    </message>
    <message>
        <source>&amp;Import Photos…</source>
        <translation>Fotos &amp;importieren…</translation>
    </message>
    <message>
        <source>Try the &amp;Sample Card</source>
        <translation>Beispielkarte a&amp;usprobieren</translation>
    </message>
    <message>
        <source>Reads a photo of a fictional card that comes with CardKeeper</source>
        <translation>Liest das Foto einer erfundenen Karte, die CardKeeper beiliegt</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>S&amp;ync with Server…</source>
        <translation>Mit Server &amp;synchronisieren…</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>Bibliothek si&amp;chern…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>CardKeeper backup {day}.zip</source>
        <translation>CardKeeper-Sicherung {day}.zip</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>Bibliothek sichern</translation>
    </message>
    <message>
        <source>CardKeeper backups (*.zip)</source>
        <translation>CardKeeper-Sicherungen (*.zip)</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation>Die Bibliothek wird gesichert…</translation>
    </message>
    <message>
        <source>{contacts}, {trash} in the trash and {images}</source>
        <translation>{contacts}, {trash} im Papierkorb und {images}</translation>
    </message>
    <message>
        <source>Backed up {contents} to {path}.</source>
        <translation>{contents} nach {path} gesichert.</translation>
    </message>
    <message>
        <source>Wait for the backup to finish before restoring one.</source>
        <translation>Warten Sie, bis die Sicherung fertig ist, bevor Sie eine wiederherstellen.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish before restoring a backup.</source>
        <translation>Warten Sie, bis die Synchronisierung fertig ist, bevor Sie eine Sicherung wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf), for older phones and Google</source>
        <translation>vCard 3.0 (.vcf), für ältere Telefone und Google</translation>
    </message>
    <message>
        <source>Google Contacts CSV (.csv)</source>
        <translation>Google-Kontakte-CSV (.csv)</translation>
    </message>
    <message>
        <source>Outlook CSV (.csv)</source>
        <translation>Outlook-CSV (.csv)</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>&amp;All contacts</source>
        <translation>&amp;Alle Kontakte</translation>
    </message>
    <message>
        <source>The &amp;selected contacts ({count})</source>
        <translation>Die au&amp;sgewählten Kontakte ({count})</translation>
    </message>
    <message>
        <source>Contacts met at &amp;event:</source>
        <translation>Kontakte von der &amp;Veranstaltung:</translation>
    </message>
    <message>
        <source>Include the &amp;card images (vCard only)</source>
        <translation>&amp;Kartenbilder einschließen (nur vCard)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>CardKeeper contacts.{suffix}</source>
        <translation>CardKeeper-Kontakte.{suffix}</translation>
    </message>
    <message>
        <source>Contacts (*.{suffix})</source>
        <translation>Kontakte (*.{suffix})</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Wiedervorlagen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>&amp;Draft Email…</source>
        <translation>E-Mail &amp;entwerfen…</translation>
    </message>
    <message>
        <source>Seen in your mailbox</source>
        <translation>Im Postfach gesehen</translation>
    </message>
    <message>
        <source>Follow-ups ({count})</source>
        <translation>Wiedervorlagen ({count})</translation>
    </message>
    <message>
        <source>Follow-up queue: {count} due today or overdue (Ctrl+U)</source>
        <translation>Wiedervorlagen: {count} heute fällig oder überfällig (Strg+U)</translation>
    </message>
    <message>
        <source>Follow-up queue (Ctrl+U)</source>
        <translation>Wiedervorlagen (Strg+U)</translation>
    </message>
    <message>
        <source>Send or close the email drafts before restoring a backup.</source>
        <translation>Senden oder schließen Sie die E-Mail-Entwürfe, bevor Sie eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>{section} ({count})</source>
        <translation>{section} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>{section}, %n follow-up(s)</source>
        <translation>
            <numerusform>{section}, %n Wiedervorlage</numerusform>
            <numerusform>{section}, %n Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>No email address</source>
        <translation>Keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Met on {day}</source>
        <translation>Kennengelernt am {day}</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Step {step} of “{sequence}”</source>
        <translation>Schritt {step} von „{sequence}“</translation>
    </message>
    <message>
        <source>{todo} (template “{template}”)</source>
        <translation>{todo} (Vorlage „{template}“)</translation>
    </message>
    <message>
        <source>Due {day} (snoozed)</source>
        <translation>Fällig {day} (zurückgestellt)</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>Fällig {day}</translation>
    </message>
    <message numerus="yes">
        <source>Due %n day(s) ago</source>
        <translation>
            <numerusform>Seit %n Tag fällig</numerusform>
            <numerusform>Seit %n Tagen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Due yesterday</source>
        <translation>Seit gestern fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>dddd</source>
        <translation>dddd</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>FollowUpQueueWindow</name>
    <message>
        <source>{count} overdue</source>
        <translation>{count} überfällig</translation>
    </message>
    <message>
        <source>{count} today</source>
        <translation>{count} heute</translation>
    </message>
    <message>
        <source>{count} this week</source>
        <translation>{count} diese Woche</translation>
    </message>
    <message>
        <source>{count} later</source>
        <translation>{count} später</translation>
    </message>
    <message numerus="yes">
        <source>{verb}: %n follow-up(s).</source>
        <translation>
            <numerusform>{verb}: %n Wiedervorlage.</numerusform>
            <numerusform>{verb}: %n Wiedervorlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{verb}: {name}.</source>
        <translation>{verb}: {name}.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s): {verb}</source>
        <translation>
            <numerusform>%n Wiedervorlage: {verb}</numerusform>
            <numerusform>%n Wiedervorlagen: {verb}</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up with {name}: {verb}</source>
        <translation>Wiedervorlage für {name}: {verb}</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing to follow up&lt;/h3&gt;&lt;p&gt;Accept reviewed cards and the first step of their sequence appears here on its day.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Wiedervorlagen&lt;/h3&gt;&lt;p&gt;Übernehmen Sie geprüfte Karten, dann erscheint der erste Schritt ihres Ablaufs hier an seinem Tag.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>A&amp;nstehend</translation>
    </message>
    <message>
        <source>&amp;Losing Touch</source>
        <translation>Aus den Augen &amp;verloren</translation>
    </message>
    <message>
        <source>&amp;Draft Email…</source>
        <translation>E-Mail &amp;entwerfen…</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>Erle&amp;digt</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>&amp;Replied</source>
        <translation>&amp;Geantwortet</translation>
    </message>
    <message>
        <source>&amp;Not Interested</source>
        <translation>&amp;Kein Interesse</translation>
    </message>
    <message>
        <source>O&amp;pen Contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Wiedervorlage</translation>
    </message>
    <message>
        <source>&amp;Queue ({count})</source>
        <translation>A&amp;nstehend ({count})</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <source>Snoozed until {day}</source>
        <translation>Zurückgestellt bis {day}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About CardKeeper</source>
        <translation>&amp;Über CardKeeper</translation>
    </message>
    <message>
        <source>The log folder {folder} could not be made ({reason}).</source>
        <translation>Der Protokollordner {folder} konnte nicht angelegt werden ({reason}).</translation>
    </message>
    <message>
        <source>No program could show the log folder; it is {folder}.</source>
        <translation>Kein Programm konnte den Protokollordner zeigen; er liegt unter {folder}.</translation>
    </message>
    <message>
        <source>About CardKeeper</source>
        <translation>Über CardKeeper</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CardKeeper {version}&lt;/h3&gt;&lt;p&gt;Business cards into contacts, and a reminder to follow up with every one of them.&lt;/p&gt;&lt;p&gt;Library: {folder}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CardKeeper {version}&lt;/h3&gt;&lt;p&gt;Aus Visitenkarten werden Kontakte, mit einer Erinnerung, bei jedem nachzufassen.&lt;/p&gt;&lt;p&gt;Bibliothek: {folder}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Importing cards</source>
        <translation>Karten werden importiert</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the cards being read now; those are kept (Esc)</source>
        <translation>Nach den gerade gelesenen Karten aufhören; diese bleiben erhalten (Esc)</translation>
    </message>
    <message>
        <source>Looking for card photos…</source>
        <translation>Kartenfotos werden gesucht…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>the cards already read are kept</source>
        <translation>die schon gelesenen Karten bleiben erhalten</translation>
    </message>
    <message>
        <source>Reading the first cards…</source>
        <translation>Die ersten Karten werden gelesen…</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>{error} The 1 card imported before that is kept.</source>
        <translation>{error} Die 1 zuvor importierte Karte bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>{error} The %n cards imported before that are kept.</source>
        <translation>
            <numerusform>{error} Die %n zuvor importierte Karte bleibt erhalten.</numerusform>
            <numerusform>{error} Die %n zuvor importierten Karten bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled after {done} of {total} files; no card was added.</source>
        <translation>Import nach {done} von {total} Dateien abgebrochen; keine Karte wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Import cancelled after {done} of {total} files; the 1 card read is kept.</source>
        <translation>Import nach {done} von {total} Dateien abgebrochen; die 1 gelesene Karte bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after {done} of {total} files; the %n cards read are kept.</source>
        <translation>
            <numerusform>Import nach {done} von {total} Dateien abgebrochen; die %n gelesene Karte bleibt erhalten.</numerusform>
            <numerusform>Import nach {done} von {total} Dateien abgebrochen; die %n gelesenen Karten bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n card(s)</source>
        <translation>
            <numerusform>%n Karte importiert</numerusform>
            <numerusform>%n Karten importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>No cards were imported</source>
        <translation>Keine Karten wurden importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n more photos held several cards</source>
        <translation>
            <numerusform>%n weiteres Foto enthielt mehrere Karten</numerusform>
            <numerusform>%n weitere Fotos enthielten mehrere Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n konnte nicht gelesen werden</numerusform>
            <numerusform>%n konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 looks like someone already in your library</source>
        <translation>1 sieht aus wie jemand, der schon in Ihrer Bibliothek ist</translation>
    </message>
    <message numerus="yes">
        <source>%n look like people already in your library</source>
        <translation>
            <numerusform>%n sieht aus wie jemand, der schon in Ihrer Bibliothek ist</numerusform>
            <numerusform>%n sehen aus wie Personen, die schon in Ihrer Bibliothek sind</numerusform>
        </translation>
    </message>
    <message>
        <source>1 was already in your library</source>
        <translation>1 war schon in Ihrer Bibliothek</translation>
    </message>
    <message numerus="yes">
        <source>%n were already in your library</source>
        <translation>
            <numerusform>%n war schon in Ihrer Bibliothek</numerusform>
            <numerusform>%n waren schon in Ihrer Bibliothek</numerusform>
        </translation>
    </message>
    <message>
        <source>{clauses}.</source>
        <translation>{clauses}.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Copy List</source>
        <translation>Liste kopieren</translation>
    </message>
    <message>
        <source>Copy each file's full path and what happened, one file a line</source>
        <translation>Den vollständigen Pfad jeder Datei und was geschah kopieren, eine Datei pro Zeile</translation>
    </message>
    <message>
        <source>What happened to each file</source>
        <translation>Was mit jeder Datei geschah</translation>
    </message>
</context>
<context>
    <name>ImportingActions</name>
    <message>
        <source>Card photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.heic *.heif)</source>
        <translation>Kartenfotos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.heic *.heif)</translation>
    </message>
    <message>
        <source>&amp;Import Photos…</source>
        <translation>Fotos &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>&amp;Met at: </source>
        <translation>&amp;Kennengelernt bei: </translation>
    </message>
    <message>
        <source>No current event</source>
        <translation>Keine aktuelle Veranstaltung</translation>
    </message>
    <message>
        <source>Filled in as “where met” on every card imported while it is set</source>
        <translation>Wird als „Wo kennengelernt“ bei jeder Karte eingetragen, die importiert wird, solange es gesetzt ist</translation>
    </message>
    <message>
        <source>Import Card Photos</source>
        <translation>Kartenfotos importieren</translation>
    </message>
    <message>
        <source>{card_photos};;All files (*)</source>
        <translation>{card_photos};;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Card Photos</source>
        <translation>Einen Ordner mit Kartenfotos importieren</translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish or cancel it.</source>
        <translation>Ein Import läuft bereits; warten Sie, bis er fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Drop to import these photos and folders.</source>
        <translation>Loslassen, um diese Fotos und Ordner zu importieren.</translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it, before restoring a backup.</source>
        <translation>Warten Sie, bis der Import fertig ist, oder brechen Sie ihn ab, bevor Sie eine Sicherung wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <source>Automatic: the best installed ({languages}), and each card's own script</source>
        <translation>Automatisch: die besten installierten ({languages}) und die eigene Schrift jeder Karte</translation>
    </message>
    <message>
        <source>{language}: not installed</source>
        <translation>{language}: nicht installiert</translation>
    </message>
    <message>
        <source>Tesseract has no data for this language; uncheck it or install it.</source>
        <translation>Tesseract hat keine Daten für diese Sprache; wählen Sie sie ab oder installieren Sie sie.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Review Inbox</source>
        <translation>&amp;Zu prüfen</translation>
    </message>
    <message>
        <source>&amp;All Contacts</source>
        <translation>&amp;Alle Kontakte</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Papierkorb</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <source>Sort by &amp;Family Name</source>
        <translation>Nach &amp;Nachnamen sortieren</translation>
    </message>
    <message>
        <source>Sort by &amp;Date Added</source>
        <translation>Nach &amp;Datum des Hinzufügens sortieren</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n contact(s) in the Trash for good?

Their cards and activity go with them. This cannot be undone.</source>
        <translation>
            <numerusform>Den %n Kontakt im Papierkorb endgültig löschen?

Seine Karte und Aktivität werden mitgelöscht. Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Die %n Kontakte im Papierkorb endgültig löschen?

Ihre Karten und Aktivitäten werden mitgelöscht. Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the contact in the Trash for good?

Their cards and activity go with them. This cannot be undone.</source>
        <translation>Den Kontakt im Papierkorb endgültig löschen?

Seine Karte und Aktivität werden mitgelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Emptying the Trash…</source>
        <translation>Der Papierkorb wird geleert…</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s) for good.</source>
        <translation>
            <numerusform>%n Kontakt endgültig gelöscht.</numerusform>
            <numerusform>%n Kontakte endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the Trash to be emptied before restoring a backup.</source>
        <translation>Warten Sie, bis der Papierkorb geleert ist, bevor Sie eine Sicherung wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>Search names, companies, emails, notes…</source>
        <translation>Namen, Firmen, E-Mails, Notizen durchsuchen…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n contact(s)</source>
        <translation>
            <numerusform>{shown} von %n Kontakt</numerusform>
            <numerusform>{shown} von %n Kontakten</numerusform>
        </translation>
    </message>
    <message>
        <source> · {count} to review</source>
        <translation> · {count} zu prüfen</translation>
    </message>
    <message numerus="yes">
        <source> · %n follow-up(s) due</source>
        <translation>
            <numerusform> · %n Wiedervorlage fällig</numerusform>
            <numerusform> · %n Wiedervorlagen fällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryRestore</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>CardKeeper backups (*.zip);;All files (*)</source>
        <translation>CardKeeper-Sicherungen (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>{file} wird geprüft…</translation>
    </message>
    <message>
        <source>dd MMM yyyy 'at' HH:mm</source>
        <translation>d. MMM yyyy 'um' HH:mm</translation>
    </message>
    <message>
        <source>The backup was made on {made} and holds {holds}. </source>
        <translation>Die Sicherung wurde am {made} erstellt und enthält {holds}. </translation>
    </message>
    <message>
        <source>The backup was made on {made}. </source>
        <translation>Die Sicherung wurde am {made} erstellt. </translation>
    </message>
    <message>
        <source>The backup holds {holds}. </source>
        <translation>Die Sicherung enthält {holds}. </translation>
    </message>
    <message>
        <source>Replace the library open now with the one in {file}?</source>
        <translation>Die jetzt geöffnete Bibliothek durch die aus {file} ersetzen?</translation>
    </message>
    <message>
        <source>The library open now is not deleted: it is kept aside in the folder “{folder}”, next to it in {parent}.</source>
        <translation>Die jetzt geöffnete Bibliothek wird nicht gelöscht: Sie wird im Ordner „{folder}“ daneben in {parent} aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring the library from {file}…</source>
        <translation>Die Bibliothek wird aus {file} wiederhergestellt…</translation>
    </message>
    <message>
        <source>The library could not be replaced ({reason}); nothing was changed.</source>
        <translation>Die Bibliothek konnte nicht ersetzt werden ({reason}); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Restored {contents} from {file}; the library it replaced is kept in {kept}.</source>
        <translation>{contents} aus {file} wiederhergestellt; die ersetzte Bibliothek bleibt in {kept} erhalten.</translation>
    </message>
    <message>
        <source>Restored {contents} from {file}.</source>
        <translation>{contents} aus {file} wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>LibraryUpgrade</name>
    <message>
        <source>Updating your library for this version of CardKeeper…
This happens only once.</source>
        <translation>Ihre Bibliothek wird für diese Version von CardKeeper aktualisiert…
Das geschieht nur einmal.</translation>
    </message>
</context>
<context>
    <name>LosingTouchModel</name>
    <message>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>dddd, d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>LosingTouchView</name>
    <message>
        <source>a month</source>
        <translation>einem Monat</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monaten</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monaten</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>einem Jahr</translation>
    </message>
    <message>
        <source>No contact for &amp;more than</source>
        <translation>Kein Kontakt seit &amp;mehr als</translation>
    </message>
    <message>
        <source>People you are losing touch with</source>
        <translation>Personen, die Sie aus den Augen verlieren</translation>
    </message>
    <message>
        <source>No one has gone without contact for more than {period}.</source>
        <translation>Niemand ist seit mehr als {period} ohne Kontakt.</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Mail Account</source>
        <translation>E-Mail-Konto</translation>
    </message>
    <message>
        <source>e.g. imap.example.com</source>
        <translation>z. B. imap.example.com</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (Port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (Port 143)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>Only for a server with a certificate of its own</source>
        <translation>Nur für einen Server mit eigenem Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Drafts folder</source>
        <translation>Entwürfe-Ordner</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>IMAP-&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Certi&amp;ficate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Drafts folder:</source>
        <translation>&amp;Entwürfe-Ordner:</translation>
    </message>
    <message>
        <source>Enter the server, your user name and your password first.</source>
        <translation>Geben Sie zuerst den Server, Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Logging in to {host}…</source>
        <translation>Anmeldung bei {host}…</translation>
    </message>
    <message>
        <source>Connected; drafts go to “{folder}”.</source>
        <translation>Verbunden; Entwürfe kommen nach „{folder}“.</translation>
    </message>
    <message>
        <source>Connected, but the server marks no folder as Drafts: choose it below.</source>
        <translation>Verbunden, aber der Server kennzeichnet keinen Ordner als Entwürfe: Wählen Sie ihn unten aus.</translation>
    </message>
    <message>
        <source>Choose the Server's Certificate</source>
        <translation>Zertifikat des Servers auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undone: {change}.</source>
        <translation>Rückgängig gemacht: {change}.</translation>
    </message>
    <message>
        <source>Redone: {change}.</source>
        <translation>Wiederhergestellt: {change}.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Follow-&amp;ups</source>
        <translation>&amp;Wiedervorlagen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
</context>
<context>
    <name>NameReadingEditor</name>
    <message>
        <source>Given name in Latin letters</source>
        <translation>Vorname in lateinischer Schrift</translation>
    </message>
    <message>
        <source>Family name in Latin letters</source>
        <translation>Nachname in lateinischer Schrift</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>The name in Latin letters, as printed beside a name in another script: how it is said and sorted</source>
        <translation>Der Name in lateinischer Schrift, wie er neben einem Namen in anderer Schrift gedruckt ist: wie er ausgesprochen und sortiert wird</translation>
    </message>
</context>
<context>
    <name>NamedItemsPage</name>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>this template</source>
        <translation>diese Vorlage</translation>
    </message>
    <message>
        <source>Unsaved Template</source>
        <translation>Ungespeicherte Vorlage</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <source>this sequence</source>
        <translation>diesen Ablauf</translation>
    </message>
    <message>
        <source>Unsaved Sequence</source>
        <translation>Ungespeicherter Ablauf</translation>
    </message>
    <message>
        <source>Delete Sequence</source>
        <translation>Ablauf löschen</translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation>Neuer Ablauf</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Ne&amp;u</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Die Änderungen an „{name}“ speichern?</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
</context>
<context>
    <name>NewContact</name>
    <message>
        <source>&amp;New Contact</source>
        <translation>&amp;Neuer Kontakt</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>Phone kind</source>
        <translation>Telefonart</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>Nummer hinzufügen</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
</context>
<context>
    <name>PickDateDialog</name>
    <message>
        <source>Snooze Until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>Show this follow-up again on:</source>
        <translation>Diese Wiedervorlage wieder zeigen am:</translation>
    </message>
</context>
<context>
    <name>Recrop</name>
    <message>
        <source>A card in the Trash cannot be cropped: restore the contact first.</source>
        <translation>Eine Karte im Papierkorb kann nicht zugeschnitten werden: Stellen Sie den Kontakt zuerst wieder her.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Crop and Rotate — {name}</source>
        <translation>Zuschneiden und drehen – {name}</translation>
    </message>
    <message>
        <source>the contact is no longer in the library.</source>
        <translation>Der Kontakt ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Read the card again and took {fields} from it (Ctrl+Z to undo).</source>
        <translation>Die Karte erneut gelesen und {fields} daraus übernommen (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Read the card again (Ctrl+Z to undo).</source>
        <translation>Die Karte erneut gelesen (Strg+Z macht es rückgängig).</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Accept Card</source>
        <translation>Karte &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>ReviewFlow</name>
    <message>
        <source>All cards are reviewed.</source>
        <translation>Alle Karten sind geprüft.</translation>
    </message>
    <message>
        <source>These contacts are already in the trash.</source>
        <translation>Diese Kontakte sind schon im Papierkorb.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n contact(s) to the trash (Ctrl+Z to undo).</source>
        <translation>
            <numerusform>%n Kontakt in den Papierkorb verschoben (Strg+Z macht es rückgängig).</numerusform>
            <numerusform>%n Kontakte in den Papierkorb verschoben (Strg+Z macht es rückgängig).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScannerActions</name>
    <message>
        <source>Scan with &amp;Camera…</source>
        <translation>Mit &amp;Kamera scannen…</translation>
    </message>
    <message>
        <source>Scan with Camera</source>
        <translation>Mit Kamera scannen</translation>
    </message>
    <message>
        <source>Close the scanner window before restoring a backup: it saves cards into the library that would be replaced.</source>
        <translation>Schließen Sie das Scanfenster, bevor Sie eine Sicherung wiederherstellen: Es speichert Karten in die Bibliothek, die ersetzt würde.</translation>
    </message>
</context>
<context>
    <name>ScannerWindow</name>
    <message>
        <source>Lay a card under the camera.</source>
        <translation>Legen Sie eine Karte unter die Kamera.</translation>
    </message>
    <message>
        <source>Card found: let it lie still.</source>
        <translation>Karte gefunden: Lassen Sie sie ruhig liegen.</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>Ruhig halten…</translation>
    </message>
    <message>
        <source>Captured. Take it away and lay the next card (B: scan its back).</source>
        <translation>Aufgenommen. Nehmen Sie sie weg und legen Sie die nächste Karte hin (B: Rückseite scannen).</translation>
    </message>
    <message>
        <source>Two cards are in view: lay one card at a time, and none is missed.</source>
        <translation>Zwei Karten sind im Bild: Legen Sie eine Karte nach der anderen hin, dann geht keine verloren.</translation>
    </message>
    <message>
        <source>Scan Cards — CardKeeper</source>
        <translation>Karten scannen – CardKeeper</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>&amp;Auto-capture</source>
        <translation>&amp;Automatisch aufnehmen</translation>
    </message>
    <message>
        <source>Capture a card by itself once it lies still; Space captures</source>
        <translation>Eine Karte von selbst aufnehmen, sobald sie ruhig liegt; Leertaste nimmt auf</translation>
    </message>
    <message>
        <source>No current event</source>
        <translation>Keine aktuelle Veranstaltung</translation>
    </message>
    <message>
        <source>Filled in as “where met” on every card of this session</source>
        <translation>Wird als „Wo kennengelernt“ bei jeder Karte dieser Sitzung eingetragen</translation>
    </message>
    <message>
        <source>&amp;Met at:</source>
        <translation>&amp;Kennengelernt bei:</translation>
    </message>
    <message>
        <source>Import Photos Instead…</source>
        <translation>Stattdessen Fotos importieren…</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <source>Video: {file}</source>
        <translation>Video: {file}</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Kameras werden gesucht…</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>Das Video ist zu Ende.</translation>
    </message>
    <message>
        <source>Capture a card first; then B adds the back of that card.</source>
        <translation>Nehmen Sie zuerst eine Karte auf; dann fügt B die Rückseite dieser Karte hinzu.</translation>
    </message>
    <message>
        <source>Turn the card over: its back is captured next.</source>
        <translation>Drehen Sie die Karte um: Als Nächstes wird ihre Rückseite aufgenommen.</translation>
    </message>
    <message>
        <source>No cards yet</source>
        <translation>Noch keine Karten</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 Karte</translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SequenceEditor</name>
    <message>
        <source>Built-in: it keeps its name, and contacts follow it by default.</source>
        <translation>Mitgeliefert: Er behält seinen Namen, und Kontakte folgen ihm standardmäßig.</translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Step</source>
        <translation>Schritt entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>Events that use this sequence</source>
        <translation>Veranstaltungen, die diesen Ablauf verwenden</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>S&amp;chritte:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Delete the sequence “{name}”? Its events go back to “{default}”; follow-ups already scheduled stay, without further steps.</source>
        <translation>Den Ablauf „{name}“ löschen? Seine Veranstaltungen fallen auf „{default}“ zurück; schon geplante Wiedervorlagen bleiben, ohne weitere Schritte.</translation>
    </message>
    <message>
        <source>Events appear here once cards are imported with a “Met at” event.</source>
        <translation>Veranstaltungen erscheinen hier, sobald Karten mit „Kennengelernt bei“ importiert werden.</translation>
    </message>
    <message>
        <source>Every contact follows this sequence unless their event is given another one: choose the events on that sequence.</source>
        <translation>Jeder Kontakt folgt diesem Ablauf, außer seiner Veranstaltung ist ein anderer zugewiesen: Wählen Sie die Veranstaltungen bei jenem Ablauf.</translation>
    </message>
    <message>
        <source>Contacts met at a checked event follow “{name}”; the others follow “{default}”.</source>
        <translation>Kontakte von einer angehakten Veranstaltung folgen „{name}“; die anderen folgen „{default}“.</translation>
    </message>
    <message>
        <source>follows {name}</source>
        <translation>folgt {name}</translation>
    </message>
    <message>
        <source>If each step is done on its day: {timeline} after meeting.</source>
        <translation>Wenn jeder Schritt an seinem Tag erledigt wird: {timeline} nach dem Kennenlernen.</translation>
    </message>
</context>
<context>
    <name>SequenceStepsModel</name>
    <message>
        <source>Steps run in this order</source>
        <translation>Die Schritte laufen in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>Days to wait after the previous step is done (after meeting, for the first step)</source>
        <translation>Tage Wartezeit, nachdem der vorige Schritt erledigt ist (beim ersten Schritt: nach dem Kennenlernen)</translation>
    </message>
    <message>
        <source>Days after that on which the step is still on time</source>
        <translation>Tage danach, an denen der Schritt noch rechtzeitig ist</translation>
    </message>
    <message>
        <source>Count only Monday to Friday</source>
        <translation>Nur Montag bis Freitag zählen</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Wie man sie erreicht</translation>
    </message>
    <message>
        <source>The email drafted for this step</source>
        <translation>Die für diesen Schritt entworfene E-Mail</translation>
    </message>
    <message>
        <source>Shown in the queue so you know what this step is for</source>
        <translation>Wird in der Liste gezeigt, damit Sie wissen, wofür dieser Schritt ist</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n Werktag</numerusform>
            <numerusform>%n Werktage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>am Tag</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>business day {span}</source>
        <translation>Werktag {span}</translation>
    </message>
    <message>
        <source>day {span}</source>
        <translation>Tag {span}</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The settings could not be saved ({reason}); they apply until CardKeeper is closed.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden ({reason}); sie gelten, bis CardKeeper geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Sync keeps these contacts in step with an address book on a CardDAV server (Nextcloud, Fastmail, iCloud…), for your phone and other computers.</source>
        <translation>Die Synchronisierung hält diese Kontakte mit einem Adressbuch auf einem CardDAV-Server (Nextcloud, Fastmail, iCloud…) abgeglichen, für Ihr Telefon und andere Computer.</translation>
    </message>
    <message>
        <source>Offline, nothing is lost: the next sync catches up.</source>
        <translation>Offline geht nichts verloren: Die nächste Synchronisierung holt alles nach.</translation>
    </message>
    <message>
        <source>CardKeeper Settings</source>
        <translation>CardKeeper-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Languages can be chosen once Tesseract is found (see above).</source>
        <translation>Sprachen können gewählt werden, sobald Tesseract gefunden ist (siehe oben).</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>&amp;Tesseract:</source>
        <translation>&amp;Tesseract:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Sprachen:</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>Telefon-&amp;Region:</translation>
    </message>
    <message>
        <source>For numbers printed without a country code.</source>
        <translation>Für Nummern, die ohne Ländervorwahl gedruckt sind.</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <source>e.g. Web Summit 2026, Lisbon</source>
        <translation>z. B. Web Summit 2026, Lissabon</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Current &amp;event:</source>
        <translation>Aktuelle &amp;Veranstaltung:</translation>
    </message>
    <message>
        <source>Filled in as “where met” on every card you import while it is set; clear it when the event is over.</source>
        <translation>Wird als „Wo kennengelernt“ bei jeder Karte eingetragen, die Sie importieren, solange es gesetzt ist; leeren Sie es, wenn die Veranstaltung vorbei ist.</translation>
    </message>
    <message>
        <source>e.g. Maria Schneider</source>
        <translation>z. B. Maria Schneider</translation>
    </message>
    <message>
        <source>e.g. Head of Partnerships</source>
        <translation>z. B. Leiterin Partnerschaften</translation>
    </message>
    <message>
        <source>e.g. Elbtal Software KG</source>
        <translation>z. B. Elbtal Software KG</translation>
    </message>
    <message>
        <source>e.g. maria@elbtal.example</source>
        <translation>z. B. maria@elbtal.example</translation>
    </message>
    <message>
        <source>Empty: your name, then your title and company</source>
        <translation>Leer: Ihr Name, dann Ihre Position und Firma</translation>
    </message>
    <message>
        <source>Your Details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <source>Email drafts end with these; your address is the sender of saved drafts.</source>
        <translation>E-Mail-Entwürfe enden damit; Ihre Adresse ist der Absender gespeicherter Entwürfe.</translation>
    </message>
    <message>
        <source>Set &amp;Up…</source>
        <translation>&amp;Einrichten…</translation>
    </message>
    <message>
        <source>Sync &amp;automatically every</source>
        <translation>&amp;Automatisch synchronisieren alle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>Minuten zwischen Synchronisierungen</translation>
    </message>
    <message>
        <source>Put follow-ups in my calendar as &amp;tasks</source>
        <translation>Wiedervorlagen als &amp;Aufgaben in meinen Kalender</translation>
    </message>
    <message>
        <source>Only if calendars are on another server (Fastmail, iCloud)</source>
        <translation>Nur wenn Kalender auf einem anderen Server liegen (Fastmail, iCloud)</translation>
    </message>
    <message>
        <source>Calendar address</source>
        <translation>Kalenderadresse</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Kalender:</translation>
    </message>
    <message>
        <source>A task list on the sync server (or at the calendar address), due at 9:00 with a reminder; done or moved in your calendar app, it is done or snoozed here too.</source>
        <translation>Eine Aufgabenliste auf dem Sync-Server (oder unter der Kalenderadresse), fällig um 9:00 mit Erinnerung; in der Kalender-App erledigt oder verschoben, ist sie es auch hier.</translation>
    </message>
    <message>
        <source>Start with my desktop session, in the tra&amp;y only</source>
        <translation>Mit der Desktop-Sitzung starten, nur im &amp;Infobereich</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>So that follow-ups due in the morning are announced even before you open CardKeeper.</source>
        <translation>Damit morgens fällige Wiedervorlagen gemeldet werden, noch bevor Sie CardKeeper öffnen.</translation>
    </message>
    <message>
        <source>Set U&amp;p…</source>
        <translation>Ei&amp;nrichten…</translation>
    </message>
    <message>
        <source>Notice &amp;replies in my mailbox</source>
        <translation>Antworten in meinem Postfach &amp;bemerken</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Mailbox:</source>
        <translation>Postfach:</translation>
    </message>
    <message>
        <source>Save to Drafts in an email puts it in this mailbox's Drafts folder, to send from your phone or mail program.</source>
        <translation>„In Entwürfe speichern“ legt eine E-Mail in den Entwürfe-Ordner dieses Postfachs, um sie vom Telefon oder Mailprogramm aus zu senden.</translation>
    </message>
    <message>
        <source>At each sync, CardKeeper looks for mail from and to the people you follow up with, reading only who sent it, to whom and when, and keeps none of it. A reply ends their sequence; an email you sent them does the step.</source>
        <translation>Bei jeder Synchronisierung sucht CardKeeper nach E-Mails von und an die Personen, bei denen Sie nachfassen, liest dabei nur Absender, Empfänger und Datum und behält nichts davon. Eine Antwort beendet ihre Abfolge; eine E-Mail, die Sie ihnen gesendet haben, erledigt den Schritt.</translation>
    </message>
    <message>
        <source>Looked up automatically</source>
        <translation>Wird automatisch gesucht</translation>
    </message>
    <message>
        <source>Found on PATH: {path}</source>
        <translation>Im PATH gefunden: {path}</translation>
    </message>
    <message>
        <source>Found: {path}</source>
        <translation>Gefunden: {path}</translation>
    </message>
    <message numerus="yes">
        <source>Tesseract {version} at {path}, %n language(s)</source>
        <translation>
            <numerusform>Tesseract {version} unter {path}, %n Sprache</numerusform>
            <numerusform>Tesseract {version} unter {path}, %n Sprachen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tesseract {version} with language data in {path}, %n language(s)</source>
        <translation>
            <numerusform>Tesseract {version} mit Sprachdaten in {path}, %n Sprache</numerusform>
            <numerusform>Tesseract {version} mit Sprachdaten in {path}, %n Sprachen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the Tesseract Program</source>
        <translation>Das Tesseract-Programm wählen</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>{book} as {user}</source>
        <translation>{book} als {user}</translation>
    </message>
    <message>
        <source>&amp;Sync Settings…</source>
        <translation>&amp;Synchronisierungseinstellungen…</translation>
    </message>
    <message>
        <source>{user} at {host}; drafts go to “{folder}”</source>
        <translation>{user} bei {host}; Entwürfe kommen nach „{folder}“</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Library sections</source>
        <translation>Bereiche der Bibliothek</translation>
    </message>
    <message>
        <source>All Contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Review Inbox</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>All Contacts ({count})</source>
        <translation>Alle Kontakte ({count})</translation>
    </message>
    <message>
        <source>Review Inbox ({count})</source>
        <translation>Zu prüfen ({count})</translation>
    </message>
    <message>
        <source>Trash ({count})</source>
        <translation>Papierkorb ({count})</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Morgen</translation>
    </message>
    <message>
        <source>Next &amp;Week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <source>&amp;Pick a Date…</source>
        <translation>&amp;Datum wählen…</translation>
    </message>
    <message>
        <source>&amp;Tomorrow ({day})</source>
        <translation>&amp;Morgen ({day})</translation>
    </message>
    <message>
        <source>Next &amp;Week ({day})</source>
        <translation>&amp;Nächste Woche ({day})</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Find Address Books</source>
        <translation>Adressbücher &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Use This Address Book</source>
        <translation>Dieses Adressbuch &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Address book:</source>
        <translation>&amp;Adressbuch:</translation>
    </message>
    <message>
        <source>Not set up yet: enter your server (Nextcloud, Fastmail, iCloud, Radicale…), find your address books and choose one.</source>
        <translation>Noch nicht eingerichtet: Geben Sie Ihren Server ein (Nextcloud, Fastmail, iCloud, Radicale…), suchen Sie Ihre Adressbücher und wählen Sie eines.</translation>
    </message>
    <message>
        <source>last synced {time}</source>
        <translation>zuletzt synchronisiert {time}</translation>
    </message>
    <message>
        <source>dd MMM yyyy, HH:mm</source>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Syncs with {book} as {user}; {when}.</source>
        <translation>Synchronisiert mit {book} als {user}; {when}.</translation>
    </message>
    <message>
        <source>Enter the server, your user name and your password first.</source>
        <translation>Geben Sie zuerst den Server, Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Asking the server for your address books…</source>
        <translation>Der Server wird nach Ihren Adressbüchern gefragt…</translation>
    </message>
    <message>
        <source>The server has no address book for this account.</source>
        <translation>Der Server hat kein Adressbuch für dieses Konto.</translation>
    </message>
    <message>
        <source>Found {count}: choose one and press Use.</source>
        <translation>{count} gefunden: Wählen Sie eines und drücken Sie Verwenden.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>{status}
Click to open the Sync window.</source>
        <translation>{status}
Klicken, um das Synchronisierungsfenster zu öffnen.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Hi {{ first_name or "there" }},



Best regards,
{{ my_signature }}
</source>
        <translation>Hallo {{ first_name or "zusammen" }},



Viele Grüße
{{ my_signature }}
</translation>
    </message>
    <message>
        <source>Built-in: it keeps its name; Restore Built-ins puts its text back.</source>
        <translation>Mitgeliefert: Sie behält ihren Namen; „Mitgelieferte wiederherstellen“ stellt ihren Text wieder her.</translation>
    </message>
    <message>
        <source>Restore &amp;Built-ins…</source>
        <translation>&amp;Mitgelieferte wiederherstellen…</translation>
    </message>
    <message>
        <source>Put the built-in templates' text back as it was shipped</source>
        <translation>Den Text der mitgelieferten Vorlagen wie ausgeliefert wiederherstellen</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Put the chosen placeholder where the cursor is</source>
        <translation>Den gewählten Platzhalter an der Cursorposition einfügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Double-click or Enter to insert; &lt;code&gt;{{ name or "…" }}&lt;/code&gt; gives a fallback.</source>
        <translation>Doppelklick oder Eingabe fügt ein; &lt;code&gt;{{ name or "…" }}&lt;/code&gt; gibt einen Ersatzwert.</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Steps and follow-ups that use it will draft with another template you choose.</source>
        <translation>Die Vorlage „{name}“ löschen? Schritte und Wiedervorlagen, die sie verwenden, entwerfen dann mit einer anderen Vorlage Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Fix the problem shown under the text first</source>
        <translation>Beheben Sie zuerst das unter dem Text gezeigte Problem</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Restore Built-in Templates</source>
        <translation>Mitgelieferte Vorlagen wiederherstellen</translation>
    </message>
    <message>
        <source>Put the text of the built-in templates back as it was shipped? Your changes to them are lost; your own templates are kept.</source>
        <translation>Den Text der mitgelieferten Vorlagen wie ausgeliefert wiederherstellen? Ihre Änderungen daran gehen verloren; Ihre eigenen Vorlagen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Example: Sam Rivera (not in your library)</source>
        <translation>Beispiel: Sam Rivera (nicht in Ihrer Bibliothek)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Vorschau für</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>The preview appears once the template is fixed.</source>
        <translation>Die Vorschau erscheint, sobald die Vorlage korrigiert ist.</translation>
    </message>
    <message>
        <source>(no email address)</source>
        <translation>(keine E-Mail-Adresse)</translation>
    </message>
</context>
<context>
    <name>TemplatesActions</name>
    <message>
        <source>&amp;Templates and Sequences…</source>
        <translation>&amp;Vorlagen und Abläufe…</translation>
    </message>
    <message>
        <source>Save or discard the changes in the Templates window before restoring a backup.</source>
        <translation>Speichern oder verwerfen Sie die Änderungen im Vorlagenfenster, bevor Sie eine Sicherung wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>TemplatesWindow</name>
    <message>
        <source>Templates and Sequences</source>
        <translation>Vorlagen und Abläufe</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Se&amp;quences</source>
        <translation>&amp;Abläufe</translation>
    </message>
</context>
<context>
    <name>TrayNotice</name>
    <message numerus="yes">
        <source>CardKeeper: %n follow-up(s) due</source>
        <translation>
            <numerusform>CardKeeper: %n Wiedervorlage fällig</numerusform>
            <numerusform>CardKeeper: %n Wiedervorlagen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Wiedervorlagen fällig</translation>
    </message>
    <message>
        <source>{sentence} Ctrl+U opens the queue.</source>
        <translation>{sentence} Strg+U öffnet die Wiedervorlagen.</translation>
    </message>
    <message>
        <source>Open &amp;Follow-ups</source>
        <translation>&amp;Wiedervorlagen öffnen</translation>
    </message>
    <message>
        <source>Open &amp;CardKeeper</source>
        <translation>&amp;CardKeeper öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>_Capture</name>
    <message>
        <source>Card {number}</source>
        <translation>Karte {number}</translation>
    </message>
    <message>
        <source>Back of card {number}</source>
        <translation>Rückseite von Karte {number}</translation>
    </message>
    <message>
        <source>Back of a card</source>
        <translation>Rückseite einer Karte</translation>
    </message>
</context>
<context>
    <name>_DaysDelegate</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
</context>
<context>
    <name>activity_model</name>
    <message>
        <source>Card scanned</source>
        <translation>Karte gescannt</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Kennengelernt</translation>
    </message>
    <message>
        <source>Emailed</source>
        <translation>E-Mail geschrieben</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Angerufen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>overdue since {day}</source>
        <translation>überfällig seit {day}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>fällig {day}</translation>
    </message>
    <message>
        <source>Next: {channel}, {when} (snoozed)</source>
        <translation>Als Nächstes: {channel}, {when} (zurückgestellt)</translation>
    </message>
    <message>
        <source>Next: {channel}, {when}</source>
        <translation>Als Nächstes: {channel}, {when}</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>auto_sync</name>
    <message>
        <source>The sync stopped on an error CardKeeper did not expect; nothing is lost, and the next sync tries again.</source>
        <translation>Die Synchronisierung brach bei einem Fehler ab, den CardKeeper nicht erwartet hat; nichts geht verloren, und die nächste Synchronisierung versucht es erneut.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Not synced: {error}</source>
        <translation>Nicht synchronisiert: {error}</translation>
    </message>
    <message>
        <source>Not synced: {error} Trying again at {time}.</source>
        <translation>Nicht synchronisiert: {error} Neuer Versuch um {time}.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation>Synchronisiert {time}</translation>
    </message>
    <message>
        <source>dd MMM HH:mm</source>
        <translation>d. MMM HH:mm</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>CardKeeper could not be set to start with your desktop session ({reason}); check that your settings folder can be written to.</source>
        <translation>CardKeeper konnte nicht für den Start mit der Desktop-Sitzung eingerichtet werden ({reason}); prüfen Sie, ob Ihr Einstellungsordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>camera_frames</name>
    <message>
        <source>No camera was found: connect a webcam, or import photos of the cards instead.</source>
        <translation>Keine Kamera gefunden: Schließen Sie eine Webcam an oder importieren Sie stattdessen Fotos der Karten.</translation>
    </message>
    <message>
        <source>Frame {name} in {folder} is not a readable image.</source>
        <translation>Das Bild {name} in {folder} ist kein lesbares Bild.</translation>
    </message>
    <message>
        <source>The folder {path} holds no frames (JPEG or PNG images).</source>
        <translation>Der Ordner {path} enthält keine Bilder (JPEG oder PNG).</translation>
    </message>
    <message>
        <source>The video {path} does not exist.</source>
        <translation>Das Video {path} existiert nicht.</translation>
    </message>
    <message>
        <source>{name} is not a video this computer can play.</source>
        <translation>{name} ist kein Video, das dieser Computer abspielen kann.</translation>
    </message>
    <message>
        <source>Camera {number} is there but gives no picture: another program may be using it, or this app may not be allowed to use the camera.</source>
        <translation>Kamera {number} ist da, liefert aber kein Bild: Vielleicht nutzt ein anderes Programm sie, oder diese App darf die Kamera nicht verwenden.</translation>
    </message>
    <message>
        <source>Camera {number} was not found: choose another camera, or import photos instead.</source>
        <translation>Kamera {number} wurde nicht gefunden: Wählen Sie eine andere Kamera oder importieren Sie stattdessen Fotos.</translation>
    </message>
</context>
<context>
    <name>camera_scan</name>
    <message>
        <source>Two cards are in view: lay one card at a time, and none is missed.</source>
        <translation>Zwei Karten sind im Bild: Legen Sie eine Karte nach der anderen hin, dann geht keine verloren.</translation>
    </message>
    <message>
        <source>This capture could not be read.</source>
        <translation>Diese Aufnahme konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>camera_view</name>
    <message>
        <source>Starting the camera…</source>
        <translation>Die Kamera wird gestartet…</translation>
    </message>
    <message>
        <source>No card in view</source>
        <translation>Keine Karte im Bild</translation>
    </message>
    <message>
        <source>Card found</source>
        <translation>Karte gefunden</translation>
    </message>
    <message>
        <source>Hold the card still</source>
        <translation>Karte ruhig halten</translation>
    </message>
    <message>
        <source>Card captured</source>
        <translation>Karte aufgenommen</translation>
    </message>
    <message>
        <source>Several cards in view</source>
        <translation>Mehrere Karten im Bild</translation>
    </message>
</context>
<context>
    <name>capture_strip</name>
    <message>
        <source>Cards you capture appear here.</source>
        <translation>Aufgenommene Karten erscheinen hier.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>No name read</source>
        <translation>Kein Name gelesen</translation>
    </message>
    <message>
        <source>No text read</source>
        <translation>Kein Text gelesen</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <source>{card} is being read</source>
        <translation>{card} wird gelesen</translation>
    </message>
    <message>
        <source>{card} was not read.
{error}</source>
        <translation>{card} wurde nicht gelesen.
{error}</translation>
    </message>
    <message>
        <source>Double-click to open the contact.</source>
        <translation>Doppelklick öffnet den Kontakt.</translation>
    </message>
</context>
<context>
    <name>card_panel</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Webseite</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>&amp;Interested in</source>
        <translation>&amp;Interessiert an</translation>
    </message>
    <message>
        <source>Click or drag over words to use them in a field</source>
        <translation>Wörter für ein Feld anklicken oder ziehen</translation>
    </message>
</context>
<context>
    <name>carddav</name>
    <message>
        <source>The server address “{url}” should start with https:// or http://.</source>
        <translation>Die Serveradresse „{url}“ sollte mit https:// oder http:// beginnen.</translation>
    </message>
    <message>
        <source>The address book at {book} has moved to {url}; choose it again in Settings ▸ Sync.</source>
        <translation>Das Adressbuch unter {book} ist nach {url} umgezogen; wählen Sie es unter Einstellungen ▸ Synchronisierung erneut aus.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer as a CardDAV server does; check the server address.</source>
        <translation>Der Server {host} hat nicht wie ein CardDAV-Server geantwortet; prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server at {host} refused the user name or password; check them in Settings ▸ Sync.</source>
        <translation>Der Server {host} hat den Benutzernamen oder das Passwort abgelehnt; prüfen Sie beides unter Einstellungen ▸ Synchronisierung.</translation>
    </message>
    <message>
        <source>The server at {host} does not let this account do that; check the account's rights or choose another address book.</source>
        <translation>Der Server {host} erlaubt diesem Konto das nicht; prüfen Sie die Rechte des Kontos oder wählen Sie ein anderes Adressbuch.</translation>
    </message>
    <message>
        <source>Nothing was found at {url}; check the server address or choose the address book again in Settings ▸ Sync.</source>
        <translation>Unter {url} wurde nichts gefunden; prüfen Sie die Serveradresse oder wählen Sie das Adressbuch unter Einstellungen ▸ Synchronisierung erneut aus.</translation>
    </message>
    <message>
        <source>The server at {host} failed with error {status} ({reason}); try again later.</source>
        <translation>Der Server {host} ist mit Fehler {status} ({reason}) gescheitert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server at {host} answered {status} ({reason}) to a request for {path}; the sync stopped there and will try again next time.</source>
        <translation>Der Server {host} hat auf eine Anfrage für {path} mit {status} ({reason}) geantwortet; die Synchronisierung hat dort angehalten und versucht es beim nächsten Mal erneut.</translation>
    </message>
    <message>
        <source>The server at {host} sends the sync on to {url}, another server, so the password and contacts were not sent there; if you trust that address, enter it in Settings ▸ Sync.</source>
        <translation>Der Server {host} leitet die Synchronisierung an {url} weiter, einen anderen Server, daher wurden Passwort und Kontakte nicht dorthin gesendet; wenn Sie dieser Adresse vertrauen, tragen Sie sie unter Einstellungen ▸ Synchronisierung ein.</translation>
    </message>
    <message>
        <source>The server at {host} redirects in circles; check the address.</source>
        <translation>Der Server {host} leitet im Kreis weiter; prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds}; check your connection, the sync will go on next time.</source>
        <translation>Der Server {host} hat nicht innerhalb von {seconds} geantwortet; prüfen Sie Ihre Verbindung, die Synchronisierung geht beim nächsten Mal weiter.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted; check the server address.</source>
        <translation>Dem Zertifikat von {host} wird nicht vertraut; prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server at {host} answered too slowly and had not finished after {seconds}; check your connection, the sync will go on next time.</source>
        <translation>Der Server {host} hat zu langsam geantwortet und war nach {seconds} noch nicht fertig; prüfen Sie Ihre Verbindung, die Synchronisierung geht beim nächsten Mal weiter.</translation>
    </message>
    <message>
        <source>Could not reach the server at {host}; check the address and your connection, the sync will go on next time.</source>
        <translation>Der Server {host} war nicht erreichbar; prüfen Sie die Adresse und Ihre Verbindung, die Synchronisierung geht beim nächsten Mal weiter.</translation>
    </message>
    <message>
        <source>The card {href} on the server is larger than {size}, so it was left alone.</source>
        <translation>Die Karte {href} auf dem Server ist größer als {size}, daher wurde sie nicht angetastet.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation>{seconds} Sekunden</translation>
    </message>
</context>
<context>
    <name>contact_exchange</name>
    <message>
        <source>{added} added, {updated} updated, {there} already in the library, {failed} could not be read.</source>
        <translation>{added} hinzugefügt, {updated} aktualisiert, {there} schon in der Bibliothek, {failed} nicht lesbar.</translation>
    </message>
    <message>
        <source>There is no event called “{event}” in the library.</source>
        <translation>Es gibt keine Veranstaltung namens „{event}“ in der Bibliothek.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Contact {ids} is not in the library: check the ids and try again.</source>
        <translation>Kontakt {ids} ist nicht in der Bibliothek: Prüfen Sie die IDs und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} is not a .vcf or .csv file of contacts.</source>
        <translation>{name} ist keine .vcf- oder .csv-Datei mit Kontakten.</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}.</source>
        <translation>{path} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{name} holds no contacts.</source>
        <translation>{name} enthält keine Kontakte.</translation>
    </message>
    <message>
        <source>{path} could not be read to its end: {reason}.</source>
        <translation>{path} konnte nicht bis zum Ende gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{where}: {failure}</source>
        <translation>{where}: {failure}</translation>
    </message>
    <message>
        <source>Row {position}</source>
        <translation>Zeile {position}</translation>
    </message>
    <message>
        <source>Entry {position}</source>
        <translation>Eintrag {position}</translation>
    </message>
    <message>
        <source>{name} (row {position})</source>
        <translation>{name} (Zeile {position})</translation>
    </message>
    <message>
        <source>{name} (entry {position})</source>
        <translation>{name} (Eintrag {position})</translation>
    </message>
    <message>
        <source>{label} is already in the library with the same email or phone.</source>
        <translation>{label} ist schon mit derselben E-Mail-Adresse oder Telefonnummer in der Bibliothek.</translation>
    </message>
    <message>
        <source>{label} was added.</source>
        <translation>{label} wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>{label} is in the trash: restore it from there to keep it.</source>
        <translation>{label} ist im Papierkorb: Stellen Sie den Kontakt von dort wieder her, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>{label} is already in the library.</source>
        <translation>{label} ist schon in der Bibliothek.</translation>
    </message>
    <message>
        <source>{label} was updated.</source>
        <translation>{label} wurde aktualisiert.</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <source>Contact #{id} is no longer in the library.</source>
        <translation>Kontakt #{id} ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>One of the two contacts was deleted meanwhile, so they were not merged.</source>
        <translation>Einer der beiden Kontakte wurde inzwischen gelöscht, daher wurden sie nicht zusammengeführt.</translation>
    </message>
    <message>
        <source>This contact was removed from the library meanwhile, so the changes were not saved.</source>
        <translation>Dieser Kontakt wurde inzwischen aus der Bibliothek entfernt, daher wurden die Änderungen nicht gespeichert.</translation>
    </message>
    <message>
        <source>Another contact in the library already has the identity {uid}, so this one was not saved.</source>
        <translation>Ein anderer Kontakt in der Bibliothek hat bereits die Kennung {uid}, daher wurde dieser nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>contacts_csv</name>
    <message>
        <source>The CSV file is empty: export the contacts again and pick that file.</source>
        <translation>Die CSV-Datei ist leer: Exportieren Sie die Kontakte erneut und wählen Sie diese Datei.</translation>
    </message>
    <message>
        <source>None of the CSV file's columns is recognised: choose which column holds what.</source>
        <translation>Keine Spalte der CSV-Datei wurde erkannt: Wählen Sie, welche Spalte was enthält.</translation>
    </message>
</context>
<context>
    <name>contacts_model</name>
    <message>
        <source>(no name read)</source>
        <translation>(kein Name gelesen)</translation>
    </message>
    <message>
        <source>dd MMMM yyyy, HH:mm</source>
        <translation>d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Met on {day}</source>
        <translation>Kennengelernt am {day}</translation>
    </message>
    <message>
        <source>dd MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
</context>
<context>
    <name>counted</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card image(s)</source>
        <translation>
            <numerusform>%n Kartenbild</numerusform>
            <numerusform>%n Kartenbilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n Wiedervorlage</numerusform>
            <numerusform>%n Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csv_cells</name>
    <message>
        <source>“{text}” is not a day, so write it as YYYY-MM-DD.</source>
        <translation>„{text}“ ist kein Tag; schreiben Sie ihn als JJJJ-MM-TT.</translation>
    </message>
</context>
<context>
    <name>csv_mapping_dialog</name>
    <message>
        <source>{path} could not be read: {reason}.</source>
        <translation>{path} konnte nicht gelesen werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>csv_reading</name>
    <message>
        <source>Row {row} opens a quote that is never closed, so it and the rows after it were not read.</source>
        <translation>Zeile {row} öffnet ein Anführungszeichen, das nie geschlossen wird, daher wurden sie und die Zeilen danach nicht gelesen.</translation>
    </message>
    <message>
        <source>Row {row} has text after a closing quote: put the whole cell in quotes.</source>
        <translation>Zeile {row} hat Text nach einem schließenden Anführungszeichen: Setzen Sie die ganze Zelle in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Row {row} is too long for a contact, so it was left out.</source>
        <translation>Zeile {row} ist zu lang für einen Kontakt, daher wurde sie ausgelassen.</translation>
    </message>
    <message>
        <source>Row {row} has a cell too long for a contact.</source>
        <translation>Zeile {row} hat eine Zelle, die zu lang für einen Kontakt ist.</translation>
    </message>
    <message>
        <source>Row {row} is not valid CSV ({reason}).</source>
        <translation>Zeile {row} ist kein gültiges CSV ({reason}).</translation>
    </message>
    <message>
        <source>The CSV file's row {row} opens a quote that is never closed, so it and the rows after it were not read.</source>
        <translation>Zeile {row} der CSV-Datei öffnet ein Anführungszeichen, das nie geschlossen wird, daher wurden sie und die Zeilen danach nicht gelesen.</translation>
    </message>
    <message>
        <source>The CSV file's row {row} has text after a closing quote: put the whole cell in quotes.</source>
        <translation>Zeile {row} der CSV-Datei hat Text nach einem schließenden Anführungszeichen: Setzen Sie die ganze Zelle in Anführungszeichen.</translation>
    </message>
    <message>
        <source>The CSV file's row {row} is too long for a contact, so it was left out.</source>
        <translation>Zeile {row} der CSV-Datei ist zu lang für einen Kontakt, daher wurde sie ausgelassen.</translation>
    </message>
    <message>
        <source>The CSV file's row {row} has a cell too long for a contact.</source>
        <translation>Zeile {row} der CSV-Datei hat eine Zelle, die zu lang für einen Kontakt ist.</translation>
    </message>
    <message>
        <source>The CSV file's row {row} is not valid CSV ({reason}).</source>
        <translation>Zeile {row} der CSV-Datei ist kein gültiges CSV ({reason}).</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the header only {width}: check it for a stray separator.</source>
        <translation>Zeile {row} hat {cells} Zellen, die Kopfzeile aber nur {width}: Prüfen Sie sie auf ein überzähliges Trennzeichen.</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Zeile {row}: {problem}</translation>
    </message>
    <message>
        <source>Row {row} has no name, company, email or phone, so it was left out.</source>
        <translation>Zeile {row} hat weder Name noch Firma, E-Mail-Adresse oder Telefonnummer, daher wurde sie ausgelassen.</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <source>There is no contact with id {id}: it may have been deleted.</source>
        <translation>Es gibt keinen Kontakt mit der ID {id}: Er wurde vielleicht gelöscht.</translation>
    </message>
    <message>
        <source>{name} is in the trash: restore the contact to write to them.</source>
        <translation>{name} ist im Papierkorb: Stellen Sie den Kontakt wieder her, um ihm zu schreiben.</translation>
    </message>
    <message>
        <source>This contact is in the trash: restore the contact to write to them.</source>
        <translation>Dieser Kontakt ist im Papierkorb: Stellen Sie den Kontakt wieder her, um ihm zu schreiben.</translation>
    </message>
    <message>
        <source>There is no template with id {id}: pick one of {names}.</source>
        <translation>Es gibt keine Vorlage mit der ID {id}: Wählen Sie {names}.</translation>
    </message>
    <message>
        <source>There is no template with id {id}.</source>
        <translation>Es gibt keine Vorlage mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no template called “{name}”: pick one of {names}.</source>
        <translation>Es gibt keine Vorlage namens „{name}“: Wählen Sie {names}.</translation>
    </message>
    <message>
        <source>There is no template called “{name}”.</source>
        <translation>Es gibt keine Vorlage namens „{name}“.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>{part}, line {line}: {problem}.</source>
        <translation>{part}, Zeile {line}: {problem}.</translation>
    </message>
    <message>
        <source>{part}: the email would be longer than {most} characters, which means a loop in the template repeats far too often.</source>
        <translation>{part}: Die E-Mail würde länger als {most} Zeichen, das heißt, eine Schleife in der Vorlage wiederholt sich viel zu oft.</translation>
    </message>
    <message>
        <source>a “{closer}” with no “{opener}” before it: type the “{opener}” that opens it, or delete the “{closer}”</source>
        <translation>ein „{closer}“ ohne „{opener}“ davor: Tippen Sie das öffnende „{opener}“ oder löschen Sie das „{closer}“</translation>
    </message>
    <message>
        <source>a template cannot include or import another one</source>
        <translation>eine Vorlage kann keine andere einbinden oder importieren</translation>
    </message>
    <message>
        <source>there is no placeholder called “{name}” (did you mean “{close}”?)</source>
        <translation>es gibt keinen Platzhalter namens „{name}“ (meinten Sie „{close}“?)</translation>
    </message>
    <message>
        <source>there is no placeholder called “{name}”</source>
        <translation>es gibt keinen Platzhalter namens „{name}“</translation>
    </message>
    <message>
        <source>templates may not use “{name}”</source>
        <translation>Vorlagen dürfen „{name}“ nicht verwenden</translation>
    </message>
    <message>
        <source>templates may not use {what}</source>
        <translation>Vorlagen dürfen Folgendes nicht verwenden: {what}</translation>
    </message>
    <message>
        <source>it divides by zero</source>
        <translation>es teilt durch null</translation>
    </message>
    <message>
        <source>it cannot be worked out ({reason})</source>
        <translation>es lässt sich nicht berechnen ({reason})</translation>
    </message>
    <message>
        <source>there is no “{name}” in a text</source>
        <translation>es gibt kein „{name}“ in einem Text</translation>
    </message>
    <message>
        <source>there is no “{name}” in a number</source>
        <translation>es gibt kein „{name}“ in einer Zahl</translation>
    </message>
    <message>
        <source>there is no “{name}” in an empty value</source>
        <translation>es gibt kein „{name}“ in einem leeren Wert</translation>
    </message>
    <message>
        <source>there is no “{name}” in a {kind}</source>
        <translation>es gibt kein „{name}“ in einem Wert vom Typ {kind}</translation>
    </message>
    <message>
        <source>there is no filter called “{name}”</source>
        <translation>es gibt keinen Filter namens „{name}“</translation>
    </message>
    <message>
        <source>there is no test called “{name}”</source>
        <translation>es gibt keinen Test namens „{name}“</translation>
    </message>
    <message>
        <source>“{{% {block} %}}” is never closed: type “{{% end{block} %}}” where it should end</source>
        <translation>„{{% {block} %}}“ wird nie geschlossen: Tippen Sie „{{% end{block} %}}“ dort, wo es enden soll</translation>
    </message>
    <message>
        <source>“{{% {block} %}}” is still open: type “{{% end{block} %}}” before “{{% {tag} %}}”</source>
        <translation>„{{% {block} %}}“ ist noch offen: Tippen Sie „{{% end{block} %}}“ vor „{{% {tag} %}}“</translation>
    </message>
    <message>
        <source>“{{% {tag} %}}” has no “{{% {opener} … %}}” before it: type the “{{% {opener} … %}}”, or delete the “{{% {tag} %}}”</source>
        <translation>„{{% {tag} %}}“ hat kein „{{% {opener} … %}}“ davor: Tippen Sie das „{{% {opener} … %}}“ oder löschen Sie das „{{% {tag} %}}“</translation>
    </message>
    <message>
        <source>there is no “{{% {tag} %}}”: use “{{% if … %}}” or “{{% for … %}}”</source>
        <translation>es gibt kein „{{% {tag} %}}“: Verwenden Sie „{{% if … %}}“ oder „{{% for … %}}“</translation>
    </message>
    <message>
        <source>“{{% {tag} %}}” needs a placeholder, e.g. “{{% {tag} email %}}”</source>
        <translation>„{{% {tag} %}}“ braucht einen Platzhalter, z. B. „{{% {tag} email %}}“</translation>
    </message>
    <message>
        <source>“{{ }}” is empty: type a placeholder between them, e.g. “{{ first_name }}”</source>
        <translation>„{{ }}“ ist leer: Tippen Sie einen Platzhalter dazwischen, z. B. „{{ first_name }}“</translation>
    </message>
    <message>
        <source>“{{% {tag} …” is not closed: type “%}}” before “{before}”</source>
        <translation>„{{% {tag} …“ ist nicht geschlossen: Tippen Sie „%}}“ vor „{before}“</translation>
    </message>
    <message>
        <source>“{{% {tag} …” is not closed: type “%}}”</source>
        <translation>„{{% {tag} …“ ist nicht geschlossen: Tippen Sie „%}}“</translation>
    </message>
    <message>
        <source>“{{{{ …” is not closed: type “}}}}” before “{before}”</source>
        <translation>„{{{{ …“ ist nicht geschlossen: Tippen Sie „}}}}“ vor „{before}“</translation>
    </message>
    <message>
        <source>“{{{{ …” is not closed: type “}}}}”</source>
        <translation>„{{{{ …“ ist nicht geschlossen: Tippen Sie „}}}}“</translation>
    </message>
    <message>
        <source>a single “}”: close a placeholder with “}}” and a tag with “%}”</source>
        <translation>ein einzelnes „}“: Schließen Sie einen Platzhalter mit „}}“ und einen Befehl mit „%}“</translation>
    </message>
    <message>
        <source>{some} or {last}</source>
        <translation>{some} oder {last}</translation>
    </message>
</context>
<context>
    <name>email_entry</name>
    <message>
        <source>'{entry}' is not an email address: it needs one @.</source>
        <translation>„{entry}“ ist keine E-Mail-Adresse: Sie braucht ein @.</translation>
    </message>
    <message>
        <source>'{entry}' is not an email address: check the part before the @.</source>
        <translation>„{entry}“ ist keine E-Mail-Adresse: Prüfen Sie den Teil vor dem @.</translation>
    </message>
    <message>
        <source>'{entry}' is not an email address: its domain needs a dot.</source>
        <translation>„{entry}“ ist keine E-Mail-Adresse: Ihre Domain braucht einen Punkt.</translation>
    </message>
    <message>
        <source>'{entry}' is not an email address: its domain is not a real one.</source>
        <translation>„{entry}“ ist keine E-Mail-Adresse: Ihre Domain gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>eml</name>
    <message>
        <source>Your email address in the settings, “{email}”, is not one a mail program accepts: correct it under Your details.</source>
        <translation>Ihre E-Mail-Adresse in den Einstellungen, „{email}“, akzeptiert kein Mailprogramm: Korrigieren Sie sie unter Ihre Angaben.</translation>
    </message>
    <message>
        <source>The draft could not be saved as {path}: {reason}.</source>
        <translation>Der Entwurf konnte nicht als {path} gespeichert werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <source>CardKeeper cannot write to the library folder {folder}; make it writable, or start CardKeeper with another folder (--data-dir FOLDER).</source>
        <translation>CardKeeper kann nicht in den Bibliotheksordner {folder} schreiben; machen Sie ihn beschreibbar oder starten Sie CardKeeper mit einem anderen Ordner (--data-dir ORDNER).</translation>
    </message>
    <message>
        <source>The library folder {folder} is a file (or inside one), not a folder; start CardKeeper with a folder for its library (--data-dir FOLDER).</source>
        <translation>Der Bibliotheksordner {folder} ist eine Datei (oder liegt in einer), kein Ordner; starten Sie CardKeeper mit einem Ordner für seine Bibliothek (--data-dir ORDNER).</translation>
    </message>
    <message>
        <source>The disk that holds the library folder {folder} is full; free some space and try again, nothing of this step was saved.</source>
        <translation>Der Datenträger mit dem Bibliotheksordner {folder} ist voll; schaffen Sie Platz und versuchen Sie es erneut, von diesem Schritt wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The library in {folder} was made by a newer version of CardKeeper; update CardKeeper to open it.</source>
        <translation>Die Bibliothek in {folder} wurde von einer neueren CardKeeper-Version angelegt; aktualisieren Sie CardKeeper, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The file {database} is not a CardKeeper library; move it out of the way, or start CardKeeper with another folder (--data-dir FOLDER).</source>
        <translation>Die Datei {database} ist keine CardKeeper-Bibliothek; verschieben Sie sie oder starten Sie CardKeeper mit einem anderen Ordner (--data-dir ORDNER).</translation>
    </message>
    <message>
        <source>The library file {database} is damaged; restore it from a backup or move it away.</source>
        <translation>Die Bibliotheksdatei {database} ist beschädigt; stellen Sie sie aus einer Sicherung wieder her oder verschieben Sie sie.</translation>
    </message>
    <message>
        <source>The library file {database} is damaged; restore it from a backup (the newest is {newest}) or move it away.</source>
        <translation>Die Bibliotheksdatei {database} ist beschädigt; stellen Sie sie aus einer Sicherung wieder her (die neueste ist {newest}) oder verschieben Sie sie.</translation>
    </message>
    <message>
        <source>The library in {folder} is busy in another CardKeeper window; wait a moment or close that window and try again.</source>
        <translation>Die Bibliothek in {folder} ist in einem anderen CardKeeper-Fenster in Gebrauch; warten Sie einen Moment oder schließen Sie das Fenster und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>find_duplicates</name>
    <message>
        <source>same email {email}</source>
        <translation>gleiche E-Mail-Adresse {email}</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>gleiche Telefonnummer {phone}</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>gleicher Name und gleiche Firma</translation>
    </message>
    <message>
        <source>similar name and company</source>
        <translation>ähnlicher Name und ähnliche Firma</translation>
    </message>
</context>
<context>
    <name>follow_through</name>
    <message>
        <source>Pick a day after today to snooze to.</source>
        <translation>Wählen Sie einen Tag nach heute zum Zurückstellen.</translation>
    </message>
    <message>
        <source>There is no follow-up #{id} in the library.</source>
        <translation>Es gibt keine Wiedervorlage #{id} in der Bibliothek.</translation>
    </message>
    <message>
        <source>Follow-up #{id} is for {name} in the trash: restore the contact first.</source>
        <translation>Wiedervorlage #{id} gilt {name} im Papierkorb: Stellen Sie zuerst den Kontakt wieder her.</translation>
    </message>
    <message>
        <source>Follow-up #{id} is for a contact in the trash: restore the contact first.</source>
        <translation>Wiedervorlage #{id} gilt einem Kontakt im Papierkorb: Stellen Sie zuerst den Kontakt wieder her.</translation>
    </message>
    <message>
        <source>Follow-up #{id} was already done, so nothing changed.</source>
        <translation>Wiedervorlage #{id} war schon erledigt, daher hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Follow-up #{id} was already skipped, so nothing changed.</source>
        <translation>Wiedervorlage #{id} war schon übersprungen, daher hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>The follow-up with {name} was changed again since, so this can no longer be undone.</source>
        <translation>Die Wiedervorlage für {name} wurde seitdem erneut geändert und kann daher nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>This follow-up was changed again since, so this can no longer be undone.</source>
        <translation>Diese Wiedervorlage wurde seitdem erneut geändert und kann daher nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>{name} is in the trash: restore the contact first.</source>
        <translation>{name} ist im Papierkorb: Stellen Sie zuerst den Kontakt wieder her.</translation>
    </message>
    <message>
        <source>This contact is in the trash: restore the contact first.</source>
        <translation>Dieser Kontakt ist im Papierkorb: Stellen Sie zuerst den Kontakt wieder her.</translation>
    </message>
    <message>
        <source>Contact #{id} is no longer in the library.</source>
        <translation>Kontakt #{id} ist nicht mehr in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>follow_up_queue</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>follow_ups</name>
    <message>
        <source>There is no follow-up #{id} in the library.</source>
        <translation>Es gibt keine Wiedervorlage #{id} in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>form_fields</name>
    <message>
        <source>Read with low confidence — please check</source>
        <translation>Mit geringer Sicherheit gelesen – bitte prüfen</translation>
    </message>
</context>
<context>
    <name>headers</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Silent for</source>
        <translation>Funkstille seit</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Where and when met</source>
        <translation>Wo und wann kennengelernt</translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation>Interessiert an</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Where met</source>
        <translation>Wo kennengelernt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Business days</source>
        <translation>Werktage</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
</context>
<context>
    <name>image_files</name>
    <message>
        <source>The folder {folder} could not be opened ({reason}).</source>
        <translation>Der Ordner {folder} konnte nicht geöffnet werden ({reason}).</translation>
    </message>
    <message>
        <source>The folder {folder} holds no images.</source>
        <translation>Der Ordner {folder} enthält keine Bilder.</translation>
    </message>
</context>
<context>
    <name>imap</name>
    <message>
        <source>The mail server at {host} does not number the messages of “{folder}” as IMAP servers do, so replies cannot be looked for there.</source>
        <translation>Der Mailserver {host} nummeriert die Nachrichten in „{folder}“ nicht so, wie IMAP-Server es tun; dort kann deshalb nicht nach Antworten gesucht werden.</translation>
    </message>
    <message>
        <source>The mail server at {host} refused the user name or password; check them in Settings ▸ Mail.</source>
        <translation>Der Mailserver {host} hat den Benutzernamen oder das Passwort abgelehnt; prüfen Sie beides unter Einstellungen ▸ E-Mail.</translation>
    </message>
    <message>
        <source>The mail server at {host} does not offer STARTTLS, so the password was not sent; choose TLS (port 993) instead.</source>
        <translation>Der Mailserver {host} bietet kein STARTTLS an, deshalb wurde das Passwort nicht gesendet; wählen Sie stattdessen TLS (Port 993).</translation>
    </message>
    <message>
        <source>The mail server at {host} refused to use the folder “{folder}”: {said}</source>
        <translation>Der Mailserver {host} hat den Ordner „{folder}“ verweigert: {said}</translation>
    </message>
    <message>
        <source>The mail server at {host} refused: {said}</source>
        <translation>Der Mailserver {host} hat abgelehnt: {said}</translation>
    </message>
    <message>
        <source>The certificate file {path} is not there; choose it again.</source>
        <translation>Die Zertifikatsdatei {path} ist nicht vorhanden; wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>The file {path} is not a certificate; choose a .pem or .crt file.</source>
        <translation>Die Datei {path} ist kein Zertifikat; wählen Sie eine .pem- oder .crt-Datei.</translation>
    </message>
    <message>
        <source>The certificate of the mail server {host} is not trusted ({reason}), not even with the certificate file {path}; check the server name and the file.</source>
        <translation>Dem Zertifikat des Mailservers {host} wird nicht vertraut ({reason}), auch nicht mit der Zertifikatsdatei {path}; prüfen Sie den Servernamen und die Datei.</translation>
    </message>
    <message>
        <source>The certificate of the mail server {host} is not trusted ({reason}); check the server name, or, if the server has a certificate of its own, choose its certificate file.</source>
        <translation>Dem Zertifikat des Mailservers {host} wird nicht vertraut ({reason}); prüfen Sie den Servernamen oder wählen Sie, wenn der Server ein eigenes Zertifikat hat, dessen Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>Could not reach the mail server at {host}, port {port}; check the address, the port and your connection.</source>
        <translation>Der Mailserver {host} war an Port {port} nicht erreichbar; prüfen Sie die Adresse, den Port und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The mail server at {host} did not answer within {seconds} seconds; check your connection and try again.</source>
        <translation>Der Mailserver {host} hat nicht innerhalb von {seconds} Sekunden geantwortet; prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to the mail server at {host} broke off; nothing half-done was left there, try again.</source>
        <translation>Die Verbindung zum Mailserver {host} ist abgebrochen; dort ist nichts halb Fertiges zurückgeblieben, versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>import_cards</name>
    <message>
        <source>{file}, card {number}</source>
        <translation>{file}, Karte {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n cards in {file}.</source>
        <translation>
            <numerusform>%n Karte in {file}.</numerusform>
            <numerusform>%n Karten in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} could not be read again to keep it ({reason}).</source>
        <translation>{file} konnte zum Aufbewahren nicht noch einmal gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>card {number} of {file}</source>
        <translation>Karte {number} von {file}</translation>
    </message>
    <message>
        <source>No text could be read in {file}, so no contact was made from it.</source>
        <translation>In {file} konnte kein Text gelesen werden, daher wurde kein Kontakt daraus erstellt.</translation>
    </message>
    <message>
        <source>Not added: this card was imported before, as {who}.</source>
        <translation>Nicht hinzugefügt: Diese Karte wurde schon importiert, als {who}.</translation>
    </message>
    <message>
        <source>a contact with no name read</source>
        <translation>ein Kontakt ohne gelesenen Namen</translation>
    </message>
    <message>
        <source>contact #{id}</source>
        <translation>Kontakt Nr. {id}</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <source>Added {name}; {who} is already in the library — merge them in the review inbox.</source>
        <translation>{name} hinzugefügt; {who} ist schon in der Bibliothek – führen Sie beide unter „Zu prüfen“ zusammen.</translation>
    </message>
    <message numerus="yes">
        <source>Added {name}; {who} and %n more are already in the library — merge them in the review inbox.</source>
        <translation>
            <numerusform>{name} hinzugefügt; {who} und %n weiterer sind schon in der Bibliothek – führen Sie sie unter „Zu prüfen“ zusammen.</numerusform>
            <numerusform>{name} hinzugefügt; {who} und %n weitere sind schon in der Bibliothek – führen Sie sie unter „Zu prüfen“ zusammen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>job</name>
    <message>
        <source>Choose at least one card photo or folder to import.</source>
        <translation>Wählen Sie mindestens ein Kartenfoto oder einen Ordner zum Importieren.</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>{script} script (any language written in it)</source>
        <translation>{script}-Schrift (jede Sprache, die darin geschrieben wird)</translation>
    </message>
    <message>
        <source>{script} script</source>
        <translation>{script}-Schrift</translation>
    </message>
</context>
<context>
    <name>library_backup</name>
    <message>
        <source>{contacts} and {images}</source>
        <translation>{contacts} und {images}</translation>
    </message>
    <message>
        <source>The card image {name} is missing from the library folder, so the backup would be incomplete; nothing was written.</source>
        <translation>Das Kartenbild {name} fehlt im Bibliotheksordner, die Sicherung wäre also unvollständig; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The backup could not be written to {out} ({reason}); choose another place.</source>
        <translation>Die Sicherung konnte nicht nach {out} geschrieben werden ({reason}); wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>The library could not be copied into {folder} for the backup ({reason}); free some space on its disk and try again.</source>
        <translation>Die Bibliothek konnte für die Sicherung nicht in {folder} kopiert werden ({reason}); schaffen Sie Platz auf dem Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} could not be restored into {folder} ({reason}); nothing was changed.</source>
        <translation>{name} konnte nicht in {folder} wiederhergestellt werden ({reason}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} needs {needed} of free space to be restored and there is {free}; nothing was changed.</source>
        <translation>{name} braucht zum Wiederherstellen {needed} freien Speicher, frei sind {free}; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} lacks {missing} of the {wanted} card images its library names; nothing was changed.</source>
        <translation>In {name} fehlen {missing} der {wanted} Kartenbilder, die seine Bibliothek nennt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} holds a card image that is not the one its name promises ({member}); nothing was changed.</source>
        <translation>{name} enthält ein Kartenbild, das nicht das ist, was sein Name verspricht ({member}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} holds a file CardKeeper did not put there ({member}); nothing was restored.</source>
        <translation>{name} enthält eine Datei, die CardKeeper nicht hineingelegt hat ({member}); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>{name} holds a library that cannot be opened: {reason}</source>
        <translation>{name} enthält eine Bibliothek, die sich nicht öffnen lässt: {reason}</translation>
    </message>
    <message>
        <source>{name} holds a damaged library; nothing was changed.</source>
        <translation>{name} enthält eine beschädigte Bibliothek; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} names a card image file that CardKeeper did not make ({file}); nothing was changed.</source>
        <translation>{name} nennt eine Kartenbilddatei, die CardKeeper nicht angelegt hat ({file}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} was made by a newer CardKeeper; update CardKeeper to restore it.</source>
        <translation>{name} wurde von einem neueren CardKeeper erstellt; aktualisieren Sie CardKeeper, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>{name} holds no library database; nothing was changed.</source>
        <translation>{name} enthält keine Bibliotheksdatenbank; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Es gibt keine Datei {path}.</translation>
    </message>
    <message>
        <source>{name} is not a CardKeeper backup, or it was cut short; nothing was changed.</source>
        <translation>{name} ist keine CardKeeper-Sicherung oder wurde abgeschnitten; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} could not be restored ({reason}); nothing was changed.</source>
        <translation>{name} konnte nicht wiederhergestellt werden ({reason}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} holds a file bigger than CardKeeper would have written ({member}, {size}); nothing was changed.</source>
        <translation>{name} enthält eine Datei, die größer ist, als CardKeeper sie geschrieben hätte ({member}, {size}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} holds a file compressed {ratio} times ({member}), far more than a backup ever is; nothing was changed.</source>
        <translation>{name} enthält eine {ratio}-fach komprimierte Datei ({member}), weit mehr als bei einer Sicherung je; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} is not a CardKeeper backup; nothing was changed.</source>
        <translation>{name} ist keine CardKeeper-Sicherung; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>load</name>
    <message>
        <source>{name} does not exist (it may have been moved).</source>
        <translation>{name} existiert nicht (vielleicht wurde die Datei verschoben).</translation>
    </message>
    <message>
        <source>{name} cannot be opened: permission denied for this user.</source>
        <translation>{name} lässt sich nicht öffnen: Diesem Benutzer fehlt die Berechtigung.</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image file.</source>
        <translation>{name} ist ein Ordner, keine Bilddatei.</translation>
    </message>
    <message>
        <source>{name} is a link that leads back to itself (a symbolic link loop), so there is no image behind it.</source>
        <translation>{name} ist eine Verknüpfung, die auf sich selbst zurückführt (eine Schleife symbolischer Links), daher steht kein Bild dahinter.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <translation>{name} konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes), so there is no image in it.</source>
        <translation>{name} ist leer (0 Byte), daher ist kein Bild darin.</translation>
    </message>
    <message>
        <source>{name} is a named pipe (FIFO), not a regular file, so there is no image to read in it.</source>
        <translation>{name} ist eine benannte Pipe (FIFO), keine normale Datei, daher ist kein Bild darin zu lesen.</translation>
    </message>
    <message>
        <source>{name} is a socket, not a regular file, so there is no image to read in it.</source>
        <translation>{name} ist ein Socket, keine normale Datei, daher ist kein Bild darin zu lesen.</translation>
    </message>
    <message>
        <source>{name} is a device, not a regular file, so there is no image to read in it.</source>
        <translation>{name} ist ein Gerät, keine normale Datei, daher ist kein Bild darin zu lesen.</translation>
    </message>
    <message>
        <source>{name} is a special file, not a regular file, so there is no image to read in it.</source>
        <translation>{name} ist eine Spezialdatei, keine normale Datei, daher ist kein Bild darin zu lesen.</translation>
    </message>
    <message>
        <source>{name} claims {megapixels} megapixels, more than the {most} megapixels CardKeeper will open.</source>
        <translation>{name} gibt {megapixels} Megapixel an, mehr als die {most} Megapixel, die CardKeeper öffnet.</translation>
    </message>
    <message>
        <source>{name} claims a gigantic size, more than the {most} megapixels CardKeeper will open.</source>
        <translation>{name} gibt eine riesige Größe an, mehr als die {most} Megapixel, die CardKeeper öffnet.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete ({format} data ends early or is corrupt); try copying it again.</source>
        <translation>{name} ist beschädigt oder unvollständig (die {format}-Daten enden zu früh oder sind fehlerhaft); kopieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (image data ends early or is corrupt); try copying it again.</source>
        <translation>{name} ist beschädigt oder unvollständig (die Bilddaten enden zu früh oder sind fehlerhaft); kopieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The photo is damaged (its JPEG data is corrupt).</source>
        <translation>Das Foto ist beschädigt (seine JPEG-Daten sind fehlerhaft).</translation>
    </message>
    <message>
        <source>{name} claims to be {width}×{height} pixels ({megapixels} megapixels), more than the {most} megapixels CardKeeper will open.</source>
        <translation>{name} gibt {width}×{height} Pixel an ({megapixels} Megapixel), mehr als die {most} Megapixel, die CardKeeper öffnet.</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels ({megapixels} megapixels), more than the {most} megapixels CardKeeper opens in {format}; save it as JPEG or smaller and try again.</source>
        <translation>{name} hat {width}×{height} Pixel ({megapixels} Megapixel), mehr als die {most} Megapixel, die CardKeeper im Format {format} öffnet; speichern Sie es als JPEG oder kleiner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels ({megapixels} megapixels), more than the {most} megapixels CardKeeper opens in this format; save it as JPEG or smaller and try again.</source>
        <translation>{name} hat {width}×{height} Pixel ({megapixels} Megapixel), mehr als die {most} Megapixel, die CardKeeper in diesem Format öffnet; speichern Sie es als JPEG oder kleiner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} claims to be {width}×{height} pixels but is only {kilobytes} kB; it is broken or built to exhaust memory.</source>
        <translation>{name} gibt {width}×{height} Pixel an, ist aber nur {kilobytes} kB groß; die Datei ist kaputt oder soll den Speicher erschöpfen.</translation>
    </message>
    <message>
        <source>{name} is a program, not an image.</source>
        <translation>{name} ist ein Programm, kein Bild.</translation>
    </message>
    <message>
        <source>{name} is a PDF document, not an image (export the page as a picture first).</source>
        <translation>{name} ist ein PDF-Dokument, kein Bild (exportieren Sie die Seite zuerst als Bild).</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive or Office document, not an image.</source>
        <translation>{name} ist ein ZIP-Archiv oder Office-Dokument, kein Bild.</translation>
    </message>
    <message>
        <source>{name} is a compressed (gzip) file, not an image.</source>
        <translation>{name} ist eine komprimierte (gzip-)Datei, kein Bild.</translation>
    </message>
    <message>
        <source>{name} is a RAR archive, not an image.</source>
        <translation>{name} ist ein RAR-Archiv, kein Bild.</translation>
    </message>
    <message>
        <source>{name} is a vCard contact file, not an image (import it as contacts instead).</source>
        <translation>{name} ist eine vCard-Kontaktdatei, kein Bild (importieren Sie sie stattdessen als Kontakte).</translation>
    </message>
    <message>
        <source>{name} is an SVG drawing; only photos and scans (JPEG, PNG, HEIC, TIFF, WebP) can be read.</source>
        <translation>{name} ist eine SVG-Zeichnung; nur Fotos und Scans (JPEG, PNG, HEIC, TIFF, WebP) können gelesen werden.</translation>
    </message>
    <message>
        <source>{name} is a web page (HTML), not an image.</source>
        <translation>{name} ist eine Webseite (HTML), kein Bild.</translation>
    </message>
    <message>
        <source>{name} is a text file, not an image.</source>
        <translation>{name} ist eine Textdatei, kein Bild.</translation>
    </message>
    <message>
        <source>{name} is not an image CardKeeper can read (use JPEG, PNG, HEIC, TIFF, WebP or BMP).</source>
        <translation>{name} ist kein Bild, das CardKeeper lesen kann (verwenden Sie JPEG, PNG, HEIC, TIFF, WebP oder BMP).</translation>
    </message>
</context>
<context>
    <name>losing_touch_model</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>over a year</source>
        <translation>über ein Jahr</translation>
    </message>
    <message numerus="yes">
        <source>over %n years</source>
        <translation>
            <numerusform>über %n Jahr</numerusform>
            <numerusform>über %n Jahre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mail_account</name>
    <message>
        <source>Enter the mail server and your user name.</source>
        <translation>Geben Sie den Mailserver und Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>The port {port} is not one a server listens on.</source>
        <translation>Der Port {port} ist keiner, auf dem ein Server lauschen kann.</translation>
    </message>
    <message>
        <source>No mailbox is set up yet; set one up in Settings ▸ Mail (or with `cardkeeper mail setup`).</source>
        <translation>Noch ist kein Postfach eingerichtet; richten Sie eines unter Einstellungen ▸ E-Mail ein (oder mit `cardkeeper mail setup`).</translation>
    </message>
    <message>
        <source>No password is saved for {user} at {host}; enter it in Settings ▸ Mail.</source>
        <translation>Für {user} bei {host} ist kein Passwort gespeichert; geben Sie es unter Einstellungen ▸ E-Mail ein.</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keyring ({reason}); unlock or set up the keyring and try again.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden ({reason}); entsperren oder richten Sie den Schlüsselbund ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keyring could not be read ({reason}); unlock it.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden ({reason}); entsperren Sie ihn.</translation>
    </message>
    <message>
        <source>The mailbox has no folder “{name}”; its folders are {names}.</source>
        <translation>Das Postfach hat keinen Ordner „{name}“; seine Ordner sind {names}.</translation>
    </message>
    <message>
        <source>The mail server marks no folder as Drafts; choose the one to use ({names}).</source>
        <translation>Der Mailserver kennzeichnet keinen Ordner als Entwürfe; wählen Sie den zu verwendenden aus ({names}).</translation>
    </message>
</context>
<context>
    <name>mail_draft</name>
    <message>
        <source>{name} has no email address: add one to the contact first.</source>
        <translation>{name} hat keine E-Mail-Adresse: Fügen Sie dem Kontakt zuerst eine hinzu.</translation>
    </message>
    <message>
        <source>This contact has no email address: add one to the contact first.</source>
        <translation>Dieser Kontakt hat keine E-Mail-Adresse: Fügen Sie dem Kontakt zuerst eine hinzu.</translation>
    </message>
    <message>
        <source>“{text}” is not an email address a mail program accepts: correct it first.</source>
        <translation>„{text}“ ist keine E-Mail-Adresse, die ein Mailprogramm akzeptiert: Korrigieren Sie sie zuerst.</translation>
    </message>
</context>
<context>
    <name>mail_drafts</name>
    <message>
        <source>No Drafts folder is chosen yet; choose one in Settings ▸ Mail.</source>
        <translation>Noch ist kein Entwürfe-Ordner gewählt; wählen Sie einen unter Einstellungen ▸ E-Mail.</translation>
    </message>
    <message>
        <source>This contact is no longer in the library.</source>
        <translation>Dieser Kontakt ist nicht mehr in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>mailto</name>
    <message>
        <source>This email is too long for a mail link ({length} characters; mail programs take about {most}): save it as .eml or copy it instead.</source>
        <translation>Diese E-Mail ist zu lang für einen Mail-Link ({length} Zeichen; Mailprogramme nehmen etwa {most}): Speichern Sie sie als .eml oder kopieren Sie sie stattdessen.</translation>
    </message>
</context>
<context>
    <name>merge_contacts</name>
    <message>
        <source>Both had follow-ups open: the kept contact's go on, being as far along or further; the card's were set aside so that no step comes twice.</source>
        <translation>Beide hatten offene Wiedervorlagen: Die des behaltenen Kontakts laufen weiter, da sie mindestens so weit sind; die der Karte wurden beiseitegelegt, damit kein Schritt doppelt kommt.</translation>
    </message>
    <message>
        <source>Both had follow-ups open: the card's go on, being further along; the kept contact's were set aside so that no step comes twice.</source>
        <translation>Beide hatten offene Wiedervorlagen: Die der Karte laufen weiter, da sie weiter sind; die des behaltenen Kontakts wurden beiseitegelegt, damit kein Schritt doppelt kommt.</translation>
    </message>
</context>
<context>
    <name>phone_editor</name>
    <message>
        <source>Work</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>phone_entry</name>
    <message>
        <source>'{entry}' is not a phone number.</source>
        <translation>„{entry}“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>'{entry}' is too short to be a phone number.</source>
        <translation>„{entry}“ ist zu kurz für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>'{entry}' is too long to be a phone number.</source>
        <translation>„{entry}“ ist zu lang für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>Taken as a number in {country} (+{code}), {why}.</source>
        <translation>Als Nummer in {country} (+{code}) genommen, {why}.</translation>
    </message>
    <message>
        <source>Taken as a number in {country} (+{code}), as the card's other numbers are.</source>
        <translation>Als Nummer in {country} (+{code}) genommen, wie die anderen Nummern der Karte.</translation>
    </message>
    <message>
        <source>Taken as a number in {country} (+{code}), as the card's address is.</source>
        <translation>Als Nummer in {country} (+{code}) genommen, wie die Adresse der Karte.</translation>
    </message>
    <message>
        <source>Taken as a number in {country} (+{code}), as the card's email and web domains are.</source>
        <translation>Als Nummer in {country} (+{code}) genommen, wie die E-Mail- und Webdomains der Karte.</translation>
    </message>
    <message>
        <source>Taken as a number in {country} (+{code}), the country in Settings.</source>
        <translation>Als Nummer in {country} (+{code}) genommen, dem Land aus den Einstellungen.</translation>
    </message>
    <message>
        <source>'{entry}' has an extension, which can't be saved: leave it out and put it in the notes.</source>
        <translation>„{entry}“ hat eine Durchwahl-Erweiterung, die nicht gespeichert werden kann: Lassen Sie sie weg und schreiben Sie sie in die Notizen.</translation>
    </message>
    <message>
        <source>'{entry}' has the wrong number of digits for a +{code} number.</source>
        <translation>„{entry}“ hat die falsche Anzahl Ziffern für eine Nummer mit +{code}.</translation>
    </message>
    <message>
        <source>'{entry}' needs its area code.</source>
        <translation>„{entry}“ braucht die Vorwahl.</translation>
    </message>
    <message>
        <source>'{entry}' starts with an unknown country code.</source>
        <translation>„{entry}“ beginnt mit einer unbekannten Ländervorwahl.</translation>
    </message>
    <message>
        <source>'{entry}' needs its country code, such as +44.</source>
        <translation>„{entry}“ braucht die Ländervorwahl, etwa +49.</translation>
    </message>
</context>
<context>
    <name>pipeline</name>
    <message>
        <source>No card outline was found in this photo; the whole photo was read.</source>
        <translation>In diesem Foto wurde kein Kartenumriss gefunden; das ganze Foto wurde gelesen.</translation>
    </message>
    <message>
        <source>Cards here lie so close together that they could not be told apart, so they were not read; lay them a finger's width apart and take the photo again.</source>
        <translation>Hier liegen Karten so dicht beieinander, dass sie nicht auseinandergehalten werden konnten; sie wurden daher nicht gelesen. Legen Sie sie einen Finger breit auseinander und fotografieren Sie sie noch einmal.</translation>
    </message>
</context>
<context>
    <name>placeholders</name>
    <message>
        <source>Their first name</source>
        <translation>Ihr Vorname</translation>
    </message>
    <message>
        <source>Their last name</source>
        <translation>Ihr Nachname</translation>
    </message>
    <message>
        <source>Their name as it is shown in the list</source>
        <translation>Ihr Name, wie er in der Liste steht</translation>
    </message>
    <message>
        <source>Dr., Prof. and the like</source>
        <translation>Dr., Prof. und dergleichen</translation>
    </message>
    <message>
        <source>Their job title</source>
        <translation>Ihre Position</translation>
    </message>
    <message>
        <source>Their company</source>
        <translation>Ihre Firma</translation>
    </message>
    <message>
        <source>Their email address (the first one)</source>
        <translation>Ihre E-Mail-Adresse (die erste)</translation>
    </message>
    <message>
        <source>Their phone number (the first one), e.g. +49 30 1234567</source>
        <translation>Ihre Telefonnummer (die erste), z. B. +49 30 1234567</translation>
    </message>
    <message>
        <source>Their website (the first one)</source>
        <translation>Ihre Webseite (die erste)</translation>
    </message>
    <message>
        <source>Their postal address</source>
        <translation>Ihre Postanschrift</translation>
    </message>
    <message>
        <source>Your notes about them</source>
        <translation>Ihre Notizen zu der Person</translation>
    </message>
    <message>
        <source>Where you met them: the event's name</source>
        <translation>Wo Sie sich kennengelernt haben: der Name der Veranstaltung</translation>
    </message>
    <message>
        <source>The day of the event, e.g. 14 March 2025</source>
        <translation>Der Tag der Veranstaltung (Entwürfe schreiben Tage bisher auf Englisch)</translation>
    </message>
    <message>
        <source>Where the event was</source>
        <translation>Wo die Veranstaltung war</translation>
    </message>
    <message>
        <source>The day you met, e.g. 14 March 2025</source>
        <translation>Der Tag des Kennenlernens (Entwürfe schreiben Tage bisher auf Englisch)</translation>
    </message>
    <message>
        <source>When you met, as said in a sentence: today, yesterday, on Tuesday, on 14 March</source>
        <translation>Wann Sie sich kennengelernt haben, als Satzteil (Entwürfe schreiben Tage bisher auf Englisch)</translation>
    </message>
    <message>
        <source>What they were interested in</source>
        <translation>Wofür sie sich interessiert haben</translation>
    </message>
    <message>
        <source>Days since you met, a number (empty when the day is not known)</source>
        <translation>Tage seit dem Kennenlernen, eine Zahl (leer, wenn der Tag nicht bekannt ist)</translation>
    </message>
    <message>
        <source>Your name, from the settings</source>
        <translation>Ihr Name, aus den Einstellungen</translation>
    </message>
    <message>
        <source>Your company, from the settings</source>
        <translation>Ihre Firma, aus den Einstellungen</translation>
    </message>
    <message>
        <source>Your job title, from the settings</source>
        <translation>Ihre Position, aus den Einstellungen</translation>
    </message>
    <message>
        <source>Your email address, from the settings</source>
        <translation>Ihre E-Mail-Adresse, aus den Einstellungen</translation>
    </message>
    <message>
        <source>Your signature, or your name, title and company when you wrote none</source>
        <translation>Ihre Signatur, oder Ihr Name, Ihre Position und Firma, wenn Sie keine geschrieben haben</translation>
    </message>
</context>
<context>
    <name>qr_fields</name>
    <message>
        <source>A QR code was found but holds no contact ({kind}).</source>
        <translation>Ein QR-Code wurde gefunden, enthält aber keinen Kontakt ({kind}).</translation>
    </message>
    <message>
        <source>'{printed}' in the QR code is not a phone number, so it was left out.</source>
        <translation>„{printed}“ im QR-Code ist keine Telefonnummer, daher wurde es ausgelassen.</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>den Namen</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>die Position</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>die Firma</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>die Adresse</translation>
    </message>
    <message>
        <source>A QR code on the card holds a contact, but with no details to add.</source>
        <translation>Ein QR-Code auf der Karte enthält einen Kontakt, aber ohne Angaben, die sich ergänzen ließen.</translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation>{some} und {last}</translation>
    </message>
    <message>
        <source>A QR code on the card gave {listed}.</source>
        <translation>Ein QR-Code auf der Karte lieferte {listed}.</translation>
    </message>
    <message>
        <source>the phone</source>
        <translation>die Telefonnummer</translation>
    </message>
    <message numerus="yes">
        <source>%n phones</source>
        <translation>
            <numerusform>%n Telefonnummer</numerusform>
            <numerusform>%n Telefonnummern</numerusform>
        </translation>
    </message>
    <message>
        <source>the email</source>
        <translation>die E-Mail-Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n emails</source>
        <translation>
            <numerusform>%n E-Mail-Adresse</numerusform>
            <numerusform>%n E-Mail-Adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>the website</source>
        <translation>die Website</translation>
    </message>
    <message numerus="yes">
        <source>%n websites</source>
        <translation>
            <numerusform>%n Website</numerusform>
            <numerusform>%n Websites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qr_payload</name>
    <message>
        <source>Wi-Fi settings</source>
        <translation>WLAN-Einstellungen</translation>
    </message>
    <message>
        <source>a calendar event</source>
        <translation>einen Kalendertermin</translation>
    </message>
    <message>
        <source>a place on a map</source>
        <translation>einen Ort auf einer Karte</translation>
    </message>
    <message>
        <source>a text message</source>
        <translation>eine SMS</translation>
    </message>
    <message>
        <source>a contact card that could not be read</source>
        <translation>eine Kontaktkarte, die nicht gelesen werden konnte</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>queue_model</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>{step} of {steps}</source>
        <translation>{step} von {steps}</translation>
    </message>
    <message>
        <source>Step {step}</source>
        <translation>Schritt {step}</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
</context>
<context>
    <name>reply_check</name>
    <message>
        <source>Replies not checked: {reason}</source>
        <translation>Antworten nicht geprüft: {reason}</translation>
    </message>
    <message>
        <source>Replied, seen in your mailbox: {names}; their sequences ended.</source>
        <translation>Geantwortet, gesehen in Ihrem Postfach: {names}; ihre Abfolgen sind beendet.</translation>
    </message>
    <message>
        <source>Emailed from your mailbox: {names}; their next steps are scheduled.</source>
        <translation>Aus Ihrem Postfach angeschrieben: {names}; ihre nächsten Schritte sind geplant.</translation>
    </message>
</context>
<context>
    <name>reread_card</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
</context>
<context>
    <name>sequences</name>
    <message>
        <source>There is already a sequence called “{name}”: pick another name.</source>
        <translation>Es gibt schon einen Ablauf namens „{name}“: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The sequence “{name}” was deleted meanwhile, so the changes were not saved.</source>
        <translation>Der Ablauf „{name}“ wurde inzwischen gelöscht, daher wurden die Änderungen nicht gespeichert.</translation>
    </message>
    <message>
        <source>“{name}” is the built-in sequence and keeps its name: make a new sequence to have one of your own.</source>
        <translation>„{name}“ ist der eingebaute Ablauf und behält seinen Namen: Legen Sie einen neuen Ablauf an, um einen eigenen zu haben.</translation>
    </message>
    <message>
        <source>“{name}” is the built-in sequence and cannot be deleted; change its steps instead.</source>
        <translation>„{name}“ ist der eingebaute Ablauf und kann nicht gelöscht werden; ändern Sie stattdessen seine Schritte.</translation>
    </message>
    <message>
        <source>That sequence is no longer in the library: pick another one.</source>
        <translation>Dieser Ablauf ist nicht mehr in der Bibliothek: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>That event is no longer in the library.</source>
        <translation>Diese Veranstaltung ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>A sequence needs a name.</source>
        <translation>Ein Ablauf braucht einen Namen.</translation>
    </message>
    <message>
        <source>The sequence “{name}” needs at least one step.</source>
        <translation>Der Ablauf „{name}“ braucht mindestens einen Schritt.</translation>
    </message>
    <message>
        <source>Step {number} of “{name}” cannot wait a negative number of days.</source>
        <translation>Schritt {number} von „{name}“ kann nicht eine negative Anzahl Tage warten.</translation>
    </message>
    <message>
        <source>Step {number} uses a template that is no longer in the library: pick another one.</source>
        <translation>Schritt {number} verwendet eine Vorlage, die nicht mehr in der Bibliothek ist: Wählen Sie eine andere.</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>CardKeeper cannot write its lock file in {folder}, beside the library folder; make that folder writable, or start CardKeeper with another library folder (--data-dir FOLDER).</source>
        <translation>CardKeeper kann seine Sperrdatei nicht in {folder} neben dem Bibliotheksordner anlegen; machen Sie diesen Ordner beschreibbar oder starten Sie CardKeeper mit einem anderen Bibliotheksordner (--data-dir ORDNER).</translation>
    </message>
    <message>
        <source>CardKeeper could not make its lock file {path} beside the library folder {folder}; check that the disk has room and try again.</source>
        <translation>CardKeeper konnte seine Sperrdatei {path} neben dem Bibliotheksordner {folder} nicht anlegen; prüfen Sie, ob auf dem Datenträger Platz ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The library in {folder} is open in CardKeeper on {computer}; close it there first (if that computer stopped without closing it, delete {lock}).</source>
        <translation>Die Bibliothek in {folder} ist in CardKeeper auf {computer} geöffnet; schließen Sie sie zuerst dort (falls jener Computer ausging, ohne sie zu schließen, löschen Sie {lock}).</translation>
    </message>
    <message>
        <source>CardKeeper is already open on the library in {folder} (process {process}) but does not answer; close that window, or end that process, and try again.</source>
        <translation>CardKeeper ist mit der Bibliothek in {folder} schon geöffnet (Prozess {process}), antwortet aber nicht; schließen Sie jenes Fenster oder beenden Sie den Prozess und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>CardKeeper is already open on the library in {folder} but does not answer; close that window, or end that process, and try again.</source>
        <translation>CardKeeper ist mit der Bibliothek in {folder} schon geöffnet, antwortet aber nicht; schließen Sie jenes Fenster oder beenden Sie den Prozess und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n more to import once this import has finished.</source>
        <translation>
            <numerusform>%n weitere wird importiert, sobald dieser Import fertig ist.</numerusform>
            <numerusform>%n weitere werden importiert, sobald dieser Import fertig ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snooze_menu</name>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>the next step</source>
        <translation>der nächste Schritt</translation>
    </message>
    <message>
        <source>{sentence} Next, {step} on {day}.</source>
        <translation>{sentence} Als Nächstes: {step} am {day}.</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>Import stopped</source>
        <translation>Import angehalten</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import fertig</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The password could not be saved in the system keyring ({reason}); unlock or set up the keyring and try again.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden ({reason}); entsperren oder richten Sie den Schlüsselbund ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No password is saved for {username} at {server}; enter it in Settings ▸ Sync.</source>
        <translation>Für {username} bei {server} ist kein Passwort gespeichert; geben Sie es unter Einstellungen ▸ Synchronisierung ein.</translation>
    </message>
    <message>
        <source>The system keyring could not be read ({reason}); unlock it and sync again.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden ({reason}); entsperren Sie ihn und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>The card {href} on the server could not be read, so it was left alone.</source>
        <translation>Die Karte {href} auf dem Server konnte nicht gelesen werden, daher wurde sie nicht angetastet.</translation>
    </message>
    <message>
        <source>{name} was deleted on the server but edited here, so it was put back on the server with that edit.</source>
        <translation>{name} wurde auf dem Server gelöscht, aber hier bearbeitet, daher wurde der Kontakt mit dieser Änderung wieder auf den Server gestellt.</translation>
    </message>
    <message>
        <source>Sync conflict {stamp}, the version from this computer said: {fields}</source>
        <translation>Synchronisierungskonflikt {stamp}, die Version von diesem Computer lautete: {fields}</translation>
    </message>
    <message>
        <source>Sync conflict {stamp}, the version from the server said: {fields}</source>
        <translation>Synchronisierungskonflikt {stamp}, die Version vom Server lautete: {fields}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address in parts</source>
        <translation>Adresse in Teilen</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation>Interessiert an</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No address book is chosen yet; choose one in Settings ▸ Sync.</source>
        <translation>Noch ist kein Adressbuch gewählt; wählen Sie eines unter Einstellungen ▸ Synchronisierung.</translation>
    </message>
    <message>
        <source>{name} was deleted here but edited on the server, so it is back in the library with that edit.</source>
        <translation>{name} wurde hier gelöscht, aber auf dem Server bearbeitet, daher ist der Kontakt mit dieser Änderung wieder in der Bibliothek.</translation>
    </message>
    <message>
        <source>{name} was edited on both sides; the newer edit, from the server, was kept, and the other version is in the notes.</source>
        <translation>{name} wurde auf beiden Seiten bearbeitet; die neuere Änderung, vom Server, wurde behalten, und die andere Version steht in den Notizen.</translation>
    </message>
    <message>
        <source>{name} was edited on both sides; the newer edit, from the server, was kept.</source>
        <translation>{name} wurde auf beiden Seiten bearbeitet; die neuere Änderung, vom Server, wurde behalten.</translation>
    </message>
    <message>
        <source>{name} was edited on both sides; the newer edit, from this computer, was kept, and the other version is in the notes.</source>
        <translation>{name} wurde auf beiden Seiten bearbeitet; die neuere Änderung, von diesem Computer, wurde behalten, und die andere Version steht in den Notizen.</translation>
    </message>
    <message>
        <source>{name} was edited on both sides; the newer edit, from this computer, was kept.</source>
        <translation>{name} wurde auf beiden Seiten bearbeitet; die neuere Änderung, von diesem Computer, wurde behalten.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Met at: {event}</source>
        <translation>Kennengelernt bei: {event}</translation>
    </message>
    <message>
        <source>A contact</source>
        <translation>Ein Kontakt</translation>
    </message>
</context>
<context>
    <name>sync_dialog</name>
    <message>
        <source>From the server: {received}. To the server: {sent}.</source>
        <translation>Vom Server: {received}. Zum Server: {sent}.</translation>
    </message>
    <message>
        <source>Follow-ups in the calendar: {added} added, {updated} updated, {removed} removed; from the calendar: {done} done, {snoozed} snoozed, {skipped} skipped.</source>
        <translation>Wiedervorlagen im Kalender: {added} hinzugefügt, {updated} aktualisiert, {removed} entfernt; aus dem Kalender: {done} erledigt, {snoozed} verschoben, {skipped} übersprungen.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {deleted} deleted</source>
        <translation>{new} neu, {changed} geändert, {deleted} gelöscht</translation>
    </message>
</context>
<context>
    <name>task_sync</name>
    <message>
        <source>The server at {server} has no calendar that takes tasks and did not let CardKeeper make one; make a task list there and sync again.</source>
        <translation>Der Server {server} hat keinen Kalender für Aufgaben und ließ CardKeeper keinen anlegen; legen Sie dort eine Aufgabenliste an und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>Follow-ups go to the calendar of the sync account; set it up in Settings ▸ Sync first.</source>
        <translation>Wiedervorlagen kommen in den Kalender des Sync-Kontos; richten Sie es zuerst unter Einstellungen ▸ Sync ein.</translation>
    </message>
    <message>
        <source>No task list is chosen yet; sync from the Sync window first.</source>
        <translation>Noch ist keine Aufgabenliste gewählt; synchronisieren Sie zuerst im Sync-Fenster.</translation>
    </message>
    <message>
        <source>The task for {name} was deleted in the calendar but the follow-up is still open here, so it is back in the task list; mark it done or skip it.</source>
        <translation>Die Aufgabe für {name} wurde im Kalender gelöscht, die Wiedervorlage ist hier aber noch offen, daher ist sie wieder in der Aufgabenliste; erledigen oder überspringen Sie sie.</translation>
    </message>
    <message>
        <source>The task {href} in the calendar could not be read, so it was left alone.</source>
        <translation>Die Aufgabe {href} im Kalender konnte nicht gelesen werden und wurde daher nicht verändert.</translation>
    </message>
    <message>
        <source>The follow-up with {name} was closed here and changed in the calendar; done wins, so the task is completed.</source>
        <translation>Die Wiedervorlage für {name} wurde hier abgeschlossen und im Kalender geändert; erledigt hat Vorrang, daher ist die Aufgabe abgeschlossen.</translation>
    </message>
    <message>
        <source>The follow-up with {name} was done in the calendar and changed here; done wins, so its next step is scheduled.</source>
        <translation>Die Wiedervorlage für {name} wurde im Kalender erledigt und hier geändert; erledigt hat Vorrang, daher ist ihr nächster Schritt geplant.</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>ein Kontakt</translation>
    </message>
    <message>
        <source>The follow-up with {name} was moved both here and in the calendar; the later day, {day}, was kept.</source>
        <translation>Die Wiedervorlage für {name} wurde hier und im Kalender verschoben; der spätere Tag, {day}, wurde behalten.</translation>
    </message>
</context>
<context>
    <name>template_sandbox</name>
    <message>
        <source>it takes more than {most} steps, which means a loop in the template repeats far too often</source>
        <translation>es braucht mehr als {most} Schritte, das heißt, eine Schleife in der Vorlage wiederholt sich viel zu oft</translation>
    </message>
    <message>
        <source>it takes more than a second to work out, which means a loop in the template repeats far too often</source>
        <translation>es braucht mehr als eine Sekunde zum Berechnen, das heißt, eine Schleife in der Vorlage wiederholt sich viel zu oft</translation>
    </message>
    <message>
        <source>it makes more than {most} characters of text on the way, which means a loop in the template repeats far too often</source>
        <translation>es erzeugt unterwegs mehr als {most} Zeichen Text, das heißt, eine Schleife in der Vorlage wiederholt sich viel zu oft</translation>
    </message>
    <message>
        <source>it would make text longer than {most} characters</source>
        <translation>es würde Text mit mehr als {most} Zeichen erzeugen</translation>
    </message>
    <message>
        <source>it would make a number far too large</source>
        <translation>es würde eine viel zu große Zahl erzeugen</translation>
    </message>
    <message>
        <source>it asks for a size over {most} (a width, a count)</source>
        <translation>es verlangt eine Größe über {most} (eine Breite, eine Anzahl)</translation>
    </message>
    <message>
        <source>a power that large</source>
        <translation>eine so große Potenz</translation>
    </message>
    <message>
        <source>text repeated that many times</source>
        <translation>so oft wiederholten Text</translation>
    </message>
    <message>
        <source>“sum” adds numbers only</source>
        <translation>„sum“ addiert nur Zahlen</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a template called “{name}”: pick another name.</source>
        <translation>Es gibt schon eine Vorlage namens „{name}“: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The template “{name}” was deleted meanwhile, so the changes were not saved.</source>
        <translation>Die Vorlage „{name}“ wurde inzwischen gelöscht, daher wurden die Änderungen nicht gespeichert.</translation>
    </message>
    <message>
        <source>“{name}” is a built-in template and keeps its name: duplicate it to make one of your own.</source>
        <translation>„{name}“ ist eine eingebaute Vorlage und behält ihren Namen: Duplizieren Sie sie, um eine eigene zu erstellen.</translation>
    </message>
    <message>
        <source>“{name}” is a built-in template and cannot be deleted; change its text instead, or restore it.</source>
        <translation>„{name}“ ist eine eingebaute Vorlage und kann nicht gelöscht werden; ändern Sie stattdessen ihren Text oder stellen Sie sie wieder her.</translation>
    </message>
</context>
<context>
    <name>tesseract</name>
    <message>
        <source>install it with `brew install tesseract`</source>
        <translation>installieren Sie es mit `brew install tesseract`</translation>
    </message>
    <message>
        <source>install it with the UB Mannheim installer (https://github.com/UB-Mannheim/tesseract/wiki)</source>
        <translation>installieren Sie es mit dem Installationsprogramm der UB Mannheim (https://github.com/UB-Mannheim/tesseract/wiki)</translation>
    </message>
    <message>
        <source>install it with `sudo apt install tesseract-ocr`</source>
        <translation>installieren Sie es mit `sudo apt install tesseract-ocr`</translation>
    </message>
    <message>
        <source>To read another language, such as {language}, install Tesseract's language data with `brew install tesseract-lang` and open Settings again.</source>
        <translation>Um eine weitere Sprache wie {language} zu lesen, installieren Sie Tesseracts Sprachdaten mit `brew install tesseract-lang` und öffnen Sie die Einstellungen erneut.</translation>
    </message>
    <message>
        <source>To read another language, such as {language}, run the Tesseract installer again, tick it under Additional language data and open Settings again.</source>
        <translation>Um eine weitere Sprache wie {language} zu lesen, starten Sie das Tesseract-Installationsprogramm erneut, wählen Sie sie unter „Additional language data“ aus und öffnen Sie die Einstellungen erneut.</translation>
    </message>
    <message>
        <source>To read another language on Debian or Ubuntu, install its package, for {language} `sudo apt install {package}`, and open Settings again.</source>
        <translation>Um unter Debian oder Ubuntu eine weitere Sprache zu lesen, installieren Sie ihr Paket, für {language} `sudo apt install {package}`, und öffnen Sie die Einstellungen erneut.</translation>
    </message>
    <message>
        <source>The Tesseract library CardKeeper reads with is {version}, too old (4.0 or newer is needed); reinstall CardKeeper.</source>
        <translation>Die Tesseract-Bibliothek, mit der CardKeeper liest, hat die Version {version} und ist zu alt (4.0 oder neuer wird benötigt); installieren Sie CardKeeper neu.</translation>
    </message>
    <message>
        <source>The Tesseract library CardKeeper reads with could not be loaded ({reason}); reinstall CardKeeper.</source>
        <translation>Die Tesseract-Bibliothek, mit der CardKeeper liest, konnte nicht geladen werden ({reason}); installieren Sie CardKeeper neu.</translation>
    </message>
    <message>
        <source>Tesseract, which reads the text on cards, is not installed; {hint}.</source>
        <translation>Tesseract, das den Text auf Karten liest, ist nicht installiert; {hint}.</translation>
    </message>
    <message>
        <source>Tesseract's language data, which this CardKeeper app brings in its tessdata folder, is missing; reinstall CardKeeper or {hint}.</source>
        <translation>Die Sprachdaten von Tesseract, die diese CardKeeper-App in ihrem Ordner tessdata mitbringt, fehlen; installieren Sie CardKeeper neu oder {hint}.</translation>
    </message>
    <message>
        <source>Tesseract, which reads the text on cards, is not installed, and this CardKeeper bundle uses your distribution's; {hint}.</source>
        <translation>Tesseract, das den Text auf Karten liest, ist nicht installiert, und dieses CardKeeper-Paket verwendet das Ihrer Distribution; {hint}.</translation>
    </message>
    <message>
        <source>Tesseract {version} at {path} is too old (4.0 or newer is needed); {hint}.</source>
        <translation>Tesseract {version} unter {path} ist zu alt (4.0 oder neuer wird benötigt); {hint}.</translation>
    </message>
    <message>
        <source>Tesseract was not found at {path} as set in the settings; fix the path or {hint}.</source>
        <translation>Tesseract wurde nicht unter {path} gefunden, wie in den Einstellungen angegeben; korrigieren Sie den Pfad oder {hint}.</translation>
    </message>
    <message>
        <source>Tesseract at {path} could not be started ({reason}); {hint}.</source>
        <translation>Tesseract unter {path} konnte nicht gestartet werden ({reason}); {hint}.</translation>
    </message>
    <message>
        <source>The program at {path} does not answer like Tesseract; {hint}.</source>
        <translation>Das Programm unter {path} antwortet nicht wie Tesseract; {hint}.</translation>
    </message>
    <message>
        <source>Tesseract at {path} did not say where its language data is; {hint}.</source>
        <translation>Tesseract unter {path} hat nicht gesagt, wo seine Sprachdaten liegen; {hint}.</translation>
    </message>
    <message>
        <source>Tesseract has no language data for {names}; on Debian/Ubuntu `sudo apt install {package}`, or choose another language.</source>
        <translation>Tesseract hat keine Sprachdaten für {names}; unter Debian/Ubuntu `sudo apt install {package}`, oder wählen Sie eine andere Sprache.</translation>
    </message>
    <message>
        <source>Tesseract has no language data for {names}; add its traineddata file to Tesseract's tessdata folder, or choose another language.</source>
        <translation>Tesseract hat keine Sprachdaten für {names}; legen Sie die traineddata-Datei in den Ordner tessdata von Tesseract, oder wählen Sie eine andere Sprache.</translation>
    </message>
    <message>
        <source>Tesseract could not load the language data {languages} from {folder}.</source>
        <translation>Tesseract konnte die Sprachdaten {languages} nicht aus {folder} laden.</translation>
    </message>
</context>
<context>
    <name>tray_notice</name>
    <message>
        <source>someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>{name} is due for a follow-up.</source>
        <translation>Bei {name} ist eine Wiedervorlage fällig.</translation>
    </message>
    <message>
        <source>{name} and {other} are due for a follow-up.</source>
        <translation>Bei {name} und {other} ist eine Wiedervorlage fällig.</translation>
    </message>
    <message numerus="yes">
        <source>{name} and %n others are due for a follow-up.</source>
        <translation>
            <numerusform>Bei {name} und %n weiteren Person ist eine Wiedervorlage fällig.</numerusform>
            <numerusform>Bei {name} und %n weiteren Personen ist eine Wiedervorlage fällig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>undo_commands</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Accept {name}</source>
        <translation>{name} übernehmen</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Contact(s)</source>
        <translation>
            <numerusform>%n Kontakt löschen</numerusform>
            <numerusform>%n Kontakte löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n Contact(s)</source>
        <translation>
            <numerusform>%n Kontakt wiederherstellen</numerusform>
            <numerusform>%n Kontakte wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>Mit {name} zusammenführen</translation>
    </message>
    <message>
        <source>Merge Contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Mark Email to {name} as Sent</source>
        <translation>E-Mail an {name} als gesendet markieren</translation>
    </message>
    <message>
        <source>Read {name} Again</source>
        <translation>{name} erneut lesen</translation>
    </message>
</context>
<context>
    <name>vcard</name>
    <message>
        <source>Entry {position} is larger than {size} MB, more than any contact holds, so it was left out.</source>
        <translation>Eintrag {position} ist größer als {size} MB, mehr als ein Kontakt je enthält, daher wurde er ausgelassen.</translation>
    </message>
    <message>
        <source>Entry {position} is cut off before its END:VCARD.</source>
        <translation>Eintrag {position} bricht vor seinem END:VCARD ab.</translation>
    </message>
    <message>
        <source>it is malformed</source>
        <translation>er ist fehlerhaft</translation>
    </message>
    <message>
        <source>Entry {position} could not be read: {reason}.</source>
        <translation>Eintrag {position} konnte nicht gelesen werden: {reason}.</translation>
    </message>
</context>
</TS>
