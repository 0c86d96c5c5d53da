# cio-cto-bot: the words around an answer, in English (the fallback).
#
# A translation is a copy of this file in data/locales/<Discord locale code>/bot.ftl
# with every message translated. Keep:
#   - every key, and the { $variables } of each message (a test checks both);
#   - Markdown (**bold**, *italics*, `code`) and the slash in front of commands;
#   - command and option names (cmd-*, opt-*, sub-*) 1-32 characters, lowercase,
#     no spaces (letters, digits, - and _); descriptions (*-desc) at most 100 characters.
# The article's facts, figures and attributed views are never translated: the
# bot shows them as published, and says so with "as-published".

## Command names and descriptions, as Discord's command picker shows them.
## The English names are the ones Discord sends back: they must stay as they are.

cmd-ask = frage
cmd-ask-desc = Frag, wie sich die Rollen von CIO und CTO unterscheiden, annähern und zusammenarbeiten
cmd-quote = zitat
cmd-quote-desc = Was eine Fachperson in den Quellen sagt, ihr zugeschrieben
cmd-stats = zahlen
cmd-stats-desc = Die Umfragezahlen zu CIOs und CTOs, mit Angabe, wer die Umfrage durchgeführt hat
cmd-compare = vergleich
cmd-compare-desc = CIO und CTO im direkten Vergleich, jeder Punkt mit Urheber
cmd-topics = themen
cmd-topics-desc = Wozu du mich fragen kannst
cmd-sources = quellen
cmd-sources-desc = Woher die Antworten stammen
cmd-help = hilfe
cmd-help-desc = So nutzt du diesen Bot
cmd-learn = lernen
cmd-learn-desc = Ein geführter Pfad durchs Material für neue Engineering-Manager, eine Karte pro Schritt
cmd-quiz = quiz
cmd-quiz-desc = Prüfe, was du gelernt hast: eine Frage nach der anderen, mit belegter Antwort
cmd-kb = wissen
cmd-kb-desc = Für Kuratoren: was ich nicht beantworten konnte und wie gut ich mich schlage
cmd-settings = einstellungen
cmd-settings-desc = Für Server-Manager: wo ich öffentlich antworte und wie oft eine Person fragen darf
# The message command, in a message's Apps menu: capitals and spaces allowed, 1-32 characters.
cmd-answer-message = Aus dem Artikel beantworten

opt-question = frage
opt-question-desc = Deine Frage, z. B. „Wer verantwortet die digitale Transformation?“ (Vorschläge beim Tippen)
opt-person = person
opt-person-desc = Wessen Sichtweisen: Tippe einen Namen oder eine Organisation
opt-private = privat
opt-private-desc = Antwort nur dir zeigen (standardmäßig sieht sie der ganze Kanal)
opt-path = pfad
opt-path-desc = Welcher Pfad (standardmäßig der erste): Tippe, um sie zu sehen
opt-share = teilen
opt-share-learn-desc = Die Karten im Kanal posten (standardmäßig siehst nur du sie)
opt-share-quiz-desc = Die Fragen im Kanal posten (standardmäßig siehst nur du sie)
opt-topic = thema
opt-topic-desc = Wozu du gefragt werden willst (standardmäßig gemischt)
opt-enabled = aktiv
opt-enabled-desc = True: Nur die fragende Person sieht Antworten; False: der ganze Kanal
opt-channel = kanal
opt-channel-desc = Der Kanal
opt-public = öffentlich
opt-public-desc = True: dort öffentlich antworten; False: von der Liste nehmen
opt-questions = fragen
opt-questions-desc = Fragen, die eine Person im Zeitfenster stellen darf (0 schaltet das Limit aus)
opt-seconds = sekunden
opt-seconds-desc = Das Zeitfenster in Sekunden

sub-kb-gaps = lücken
sub-kb-gaps-desc = Abgelehnte Fragen, negativ bewertete Antworten und nie gefragte Einträge
sub-kb-stats = statistik
sub-kb-stats-desc = Fragen dieser Woche, Anteil beantwortet, Top-Antworten und Bewertungen
sub-kb-reload = neu-laden
sub-kb-reload-desc = Wissensordner neu einlesen; schlägt das fehl, bleibt der letzte gute Stand aktiv
sub-settings-show = anzeigen
sub-settings-show-desc = Die Einstellungen dieses Servers ansehen
sub-settings-private = privat
sub-settings-private-desc = Standardmäßig privat antworten, außer in öffentlichen Kanälen
sub-settings-public-channel = öffentlicher-kanal
sub-settings-public-channel-desc = In einem Kanal öffentlich antworten; sobald einer eingetragen ist, anderswo privat
sub-settings-cooldown = fragelimit
sub-settings-cooldown-desc = Wie viele Fragen eine Person in einer Zeitspanne stellen darf (0: kein Limit)
sub-settings-reset = zurücksetzen
sub-settings-reset-desc = Die Einstellungen dieses Servers auf die Standardwerte zurücksetzen

quiz-topic-any = Eine Mischung aus allem
quiz-topic-figures = Umfragezahlen
quiz-topic-people = Wer hat’s gesagt?
quiz-topic-roles = CIO oder CTO?
quiz-topic-facts = Fakten und Zahlen

## Von vielen Antworten gemeinsam genutzt.

field-who = Wer es gesagt hat
field-source = Quelle
# Who said it and where it was published, around the names and titles as the source gives them.
credit-survey = Umfrage von { $run_by } unter { $respondents } { $population }
credit-article = { $publisher } (der Artikel selbst)
citation = „{ $title }“, veröffentlicht von { $publisher }
# Said once in a reply whose chrome is translated: the answer itself is the source's English.
as-published = Antwort wie veröffentlicht, auf Englisch
quoted = „{ $text }“
list-or = { $first } oder { $last }
# Between the items of a list but the last two.
list-comma = {", "}

## /ask: eine Antwort.

kind-fact = Fakt
kind-survey-figure = Umfragezahl
kind-view = Zugeschriebene Sichtweise
kind-person = Person
answer-footer = { $kind } · Konfidenz { $confidence }
you-asked-footer = Deine Frage: { $question } · { $rest }
unnamed-task = diese Aufgabe
unnamed-line = Der Artikel erwähnt { $task } nicht. Was er dazu sagt, wer sich um diese Art von Arbeit kümmert:

## /ask: eine Absage.

declined-title = Keine belegte Antwort
decline-empty = Stell mir eine Frage dazu, wie sich die Rollen von CIO und CTO unterscheiden, annähern und zusammenarbeiten.
decline-no-match = Dazu habe ich keine belegte Antwort. Ich antworte nur aus meiner Wissensbasis, und nichts darin passt gut genug zu deiner Frage.
decline-not-said = Dazu habe ich keine belegte Antwort: Meine Quellen sagen das nicht. Der nächstliegende Fakt, den sie nennen, steht unten.
you-asked = Deine Frage: „{ $question }“
missing-line = Nichts zu { $words }.
did-you-mean = Meintest du eine dieser Fragen?
# Added to a decline in every language but English: the matcher reads English.
decline-english-hint = Ich lese Fragen auf Englisch, in der Sprache meiner Quellen.
closest-fact = Der nächstliegende Fakt: { $question }
declined-footer = /themen listet, was ich beantworten kann; /hilfe erklärt die Befehle.

## Aus dem Artikel beantworten (der Nachrichtenbefehl).

message-answering = Antwort auf die Nachricht von { $author }: { $link }
message-own-title = Diese Nachricht ist von mir
message-own = Ich beantworte die Fragen, die andere posten, nicht meine eigenen Antworten. Wähle die Nachricht mit der Frage oder frag mich mit `/frage`.
message-empty-title = Kein Text zum Beantworten
message-empty = Diese Nachricht enthält keinen Text, den ich lesen kann (nur Bilder oder Embeds). Stell mir die Frage mit `/frage`.
message-long-title = Diese Nachricht ist zu lang
message-long = Ich beantworte Fragen mit höchstens { $max } Zeichen, und diese Nachricht hat { $chars }. Stell mir die Frage selbst mit `/frage`.

## Wenn etwas schiefgeht.

failed-title = Etwas ist schiefgelaufen
failed = Ich konnte darauf keine Antwort erstellen. Bitte versuch es noch einmal.
entry-gone-title = Diese Frage gibt es nicht mehr
entry-gone = Meine Wissensbasis hat sich geändert, seit dieser Button erstellt wurde. Probier `/themen`, um zu sehen, was ich jetzt beantworten kann.
unsupported-title = Das kann ich nicht
unsupported = Mit dieser Interaktion kann ich nichts anfangen. Probier `/hilfe`, um zu sehen, was ich kann.
store-unreachable-title = Der Speicher ist nicht erreichbar
slow-down-title = Nicht so schnell
slow-down = Dieser Server erlaubt { $cooldown }. Du kannst in { $seconds } s wieder fragen.
cooldown-off = aus: Alle dürfen so oft fragen, wie sie möchten
cooldown-on = { $questions ->
    [one] { $questions } Frage
   *[other] { $questions } Fragen
} alle { $seconds } s pro Person

## /quote

quote-unknown-title = Unbekannte Person
quote-unknown =
    Ich habe keine Sichtweisen von „{ $person }“. Die Personen in meinen Quellen sind:
    { $people }
quote-views = Ihre Sichtweisen in der Quelle
quote-footer = Die Quelle gibt ihre Fachleute sinngemäß wieder: Das sind zugeschriebene Sichtweisen, keine wörtlichen Zitate.

## /stats

stats-survey = Durchgeführt von { $run_by }; { $respondents } Befragte ({ $population }). Die Zahlen wie berichtet in „{ $title }“, veröffentlicht von { $publisher }.
stats-footer = Frag mit /frage nach einer beliebigen Zahl, um sie mit ihrer Quelle und verwandten Fragen zu sehen.
stats-other-title = Weitere Zahlen
stats-other = Zahlen, die „{ $title }“ (veröffentlicht von { $publisher }) nennt, ohne die zugrunde liegende Umfrage anzugeben.
stats-none-title = Keine Umfragezahlen
stats-none = Meine Wissensbasis enthält keine Umfragezahlen.

## /compare

compare-title = CIO vs. CTO
compare-intro = Wie die Quellen die beiden Rollen gegenüberstellen. Bei jedem Punkt steht, von wem er stammt.
compare-the-article = der Artikel
compare-footer = Quelle: { $sources }
compare-none-title = Nichts zu vergleichen
compare-none = Meine Wissensbasis enthält keine Vergleichstabelle.

## /topics

topics-title = Was du mich fragen kannst
topics-intro = Ich antworte aus { $entries } Einträgen: { $facts } Fakten, { $figures } Umfragezahlen, { $views } zugeschriebenen Sichtweisen und { $people } Personen. Ein paar Fragen für den Anfang:
topics-facts = Fakten
topics-figures = Umfragezahlen
topics-views = Sichtweisen von Fachleuten
topics-people = Personen (probier /zitat)
topics-footer = Frag mit /frage; Vorschläge erscheinen beim Tippen.

## /sources

sources-published-by = Veröffentlicht von
sources-taken = Was ich daraus übernommen habe
sources-entries = { $entries } Einträge
sources-people = Zitierte Personen
sources-surveys = Angeführte Umfragen
sources-note = Hinweis
sources-footer = Jede Antwort nennt ihre Quelle; die Sichtweisen der Fachleute gibt die Quelle sinngemäß wieder, nie als wörtliches Zitat.
sources-none-title = Keine Quellen
sources-none = Meine Wissensbasis ist leer.

## /help: each field is named after a command as the member's client shows it.

help-title = So nutzt du diesen Bot
help-intro = Ich beantworte Fragen dazu, wie sich die Rollen von CIO und CTO unterscheiden, annähern und zusammenarbeiten – nur aus meinen Quellen, und ich sage immer, wer es gesagt hat und wo es veröffentlicht wurde. Wenn ich mir nicht sicher bin, sage ich das und schlage Fragen vor, die ich beantworten kann.
help-ask = Frag alles in deinen eigenen Worten; Tippfehler sind kein Problem. Vorschläge erscheinen beim Tippen, und Buttons unter jeder Antwort stellen verwandte Fragen.
help-quote = Was eine Fachperson sagt, jede Sichtweise ihr zugeschrieben.
help-stats = Die Umfragezahlen, mit Angabe, wer die Umfrage durchgeführt hat und wie viele geantwortet haben.
help-compare = CIO und CTO im direkten Vergleich, jeder Punkt mit Urheber.
help-topics = Wozu du mich fragen kannst und woher die Antworten stammen.
help-learn = Ein geführter Rundgang durchs Material für neue Engineering-Manager, eine Karte pro Schritt, und ein Quiz, mit dem du prüfst, was du gelernt hast; beides siehst nur du, außer du setzt die Option `{ $share }`.
help-message = Bei jeder Nachricht: ihr Menü → Apps → *{ $command }* beantwortet die Frage, die jemand gepostet hat, mit einem Link darauf.
help-manage = Für Server-Manager: die Fragen, die ich nicht beantworten konnte, wie gut ich mich schlage, mein Wissen neu laden; wo ich öffentlich antworte und wie oft eine Person fragen darf.
help-private = Füge bei jedem Befehl `{ $private }: True` hinzu, um die Antwort allein zu sehen. Ein Server kann Antworten außerhalb seiner öffentlichen Kanäle privat machen.
help-language = Die Antworten erscheinen wie veröffentlicht, auf Englisch: Es sind die Worte der Quelle, und eine Übersetzung würde jemandem Worte in den Mund legen.

## /learn

learn-unknown-title = Diesen Lernpfad gibt es nicht
learn-no-paths = Meine Wissensbasis hat keine Lernpfade.
learn-paths =
    Ich kenne diese Pfade:
    { $paths }
learn-gone-title = Diesen Lernpfad gibt es nicht mehr
learn-gone = Meine Wissensbasis hat sich geändert, seit diese Karte erstellt wurde. Fang mit `/lernen` neu an.
learn-progress = Schritt { $step } von { $steps } · { $path }
learn-skipped = { $steps ->
    [one] Ein Schritt dieses Pfads ist nicht mehr in meiner Wissensbasis, deshalb habe ich ihn übersprungen.
   *[other] { $steps } Schritte dieses Pfads sind nicht mehr in meiner Wissensbasis, deshalb habe ich sie übersprungen.
}
learn-end-title = Das Ende dieses Pfads
learn-end = Das war der letzte Schritt. `/themen` listet alles andere, was du fragen kannst.
learn-back = ◀ Zurück
learn-next = Weiter ▶
learn-related = Verwandte Fragen
related-gone = Meine Wissensbasis hat sich geändert, seit diese Karte erstellt wurde. Probier `/themen`.
related-title = Verwandt mit: { $question }
related-none = Nichts sonst in meiner Wissensbasis liegt nah an diesem Schritt.
related-pick = Wähle eine aus, um ihre Antwort zu sehen (nur du siehst sie).

## /quiz

quiz-title = Quiz · { $topic }
quiz-footer = Wähle eine Antwort: Die belegte Antwort siehst du so oder so.
quiz-fill-in = Ergänze die Zahl: „{ $finding }“
quiz-who = Wer hat den { $role } so beschrieben (sinngemäß wiedergegeben im Artikel): { $point }?
quiz-which = Welche Rolle beschreibt der Artikel so: { $point }?
quiz-right = Richtig
quiz-wrong = Nicht ganz
quiz-answer = Die Antwort: **{ $answer }**
quiz-next = Nächste Frage
quiz-changed = Meine Wissensbasis hat sich geändert, seit diese Frage erstellt wurde; hier ist eine neue.
quiz-not-kept = Deine Antwort konnte gerade nicht gespeichert werden (mein Speicher ist nicht erreichbar), daher hat sich dein Punktestand nicht geändert.
quiz-score = Dein Punktestand: { $correct } von { $answered } · Serie { $streak } (Bestwert { $best })
quiz-again = diese hattest du schon beantwortet, deshalb zählt sie nicht noch einmal
quiz-none-title = Keine Quizfragen
quiz-none = Meine Wissensbasis hat keine Fragen zu „{ $topic }“. Probier `/quiz` ohne Thema.

## 👍/👎 zu einer Antwort.

feedback-title = Danke für dein Feedback
feedback-failed-title = Stimme nicht gespeichert
feedback-gone = Danke! Diese Antwort ist nicht mehr in meiner Wissensbasis, daher gibt es nichts zu speichern.
feedback-failed = Sorry, ich konnte deine Stimme gerade nicht speichern: Mein Speicher ist nicht erreichbar. Bitte versuch es in einer Minute noch einmal.
feedback-again = Du hast über diese Antwort schon abgestimmt: Deine erste Stimme gilt.
feedback-up = Danke! Schön, dass es geholfen hat: Die Kuratoren sehen dein 👍.
feedback-down = Danke für den Hinweis: Die Kuratoren sehen dein 👎 und nutzen es, um meine Antworten zu verbessern.
feedback-no-store = Danke! Dieser Bot speichert kein Feedback, daher wurde deine Stimme nicht erfasst.
feedback-perhaps = Vielleicht beantwortet eine davon deine Frage
feedback-pick = Wähle eine aus, um sie zu sehen.

## /kb, für Kuratoren.

kb-unknown-title = Unbekannter /wissen-Befehl
kb-unknown = Diese Version des Bots kennt `/wissen lücken`, `/wissen statistik` und `/wissen neu-laden`.
kb-refused-title = Nur für Kuratoren
kb-refused = `/wissen` ist für Mitglieder mit der Berechtigung „Server verwalten“ auf diesem Server.
kb-no-store-title = Es wird nichts gespeichert
kb-no-store = Dieser Bot läuft mit `STORE=off`, daher hat er keine Fragen oder Stimmen, über die er berichten könnte. Der Betreiber kann den Speicher einschalten (siehe README).
kb-unavailable = Ich konnte meinen Speicher gerade nicht lesen, daher kann ich nicht darüber berichten. Fragen beantworte ich trotzdem weiter; bitte versuch es in einer Minute noch einmal.
kb-entry-gone = `{ $id }` (nicht mehr in der Wissensbasis)
kb-stats-title = Diese Woche auf diesem Server
kb-stats-text = **{ $questions ->
    [one] { $questions } Frage
   *[other] { $questions } Fragen
}** in den letzten 7 Tagen; **{ $answered }** beantwortet ({ $percent } %), **{ $declined }** abgelehnt.
kb-stats-top = Am häufigsten beantwortet
kb-stats-feedback = Feedback
kb-stats-footer = /wissen lücken listet, was ich nicht beantworten konnte.
# The chart /kb stats attaches. Its font (DejaVu Sans) has no CJK glyphs: a language it cannot draw gets the English labels.
chart-title = Letzte { $days } Tage: { $questions } Fragen, { $percent } % beantwortet, { $up } positive und { $down } negative Stimmen
chart-answered = beantwortet
chart-declined = abgelehnt
chart-up = positive Stimmen
chart-down = negative Stimmen
chart-date = { $day }.{ $month }.
kb-gaps-title = Lücken in meinem Wissen
kb-gaps-text = Insgesamt: { $declined ->
    [one] { $declined } Frage
   *[other] { $declined } Fragen
} abgelehnt, { $downvoted ->
    [one] { $downvoted } Antwort
   *[other] { $downvoted } Antworten
} negativ bewertet, { $unasked ->
    [one] { $unasked } Eintrag, nach dem niemand gefragt hat
   *[other] { $unasked } Einträge, nach denen niemand gefragt hat
}.
kb-gaps-line = „{ $question }“ → am nächsten: { $nearest }
kb-gaps-none = keine
kb-gaps-declined = Abgelehnt, häufigste zuerst
kb-gaps-voted-down = Negativ bewertet
kb-gaps-never = Nie gefragt
kb-gaps-more = …und { $more } weitere
kb-gaps-footer = Der vollständige Bericht: `cio-cto-bot gaps` dort, wo der Bot läuft; `gaps --propose FILE` entwirft neue Einträge.
reload-done-title = Wissen neu geladen
reload-done = Ich antworte jetzt aus { $entries } Einträgen (Wissensversion `{ $version }`), geladen in { $millis } ms. Zuvor erstellte Antworten sind vergessen; ältere Buttons antworten weiterhin oder melden, dass ihr Eintrag weg ist.
reload-unchanged-title = Nichts geändert
reload-unchanged = Der Wissensordner enthält, was bereits aktiv ist (Version `{ $version }`).
reload-invalid-title = Das Wissen wurde nicht geladen
reload-invalid = Das letzte gültige Wissen bleibt aktiv. Behebe diese Fehler und lade dann neu:
reload-bundled-title = Nichts neu zu laden
reload-bundled = Dieser Bot antwortet aus dem eingebauten Wissen; starte ihn mit --knowledge DIR oder KNOWLEDGE_DIR, um aus einem Ordner neu zu laden.

## /settings, für Server-Manager.

settings-title = Einstellungen für diesen Server
settings-unknown-title = Unbekannter /einstellungen-Befehl
settings-unknown = Diese Version des Bots kennt `/einstellungen anzeigen`, `privat`, `öffentlicher-kanal`, `fragelimit` und `zurücksetzen`.
settings-range-title = Dieser Wert liegt außerhalb des Bereichs
settings-cooldown-range = Ein Fragelimit sind 0 bis { $questions } Fragen (0 schaltet es aus) in 1 bis { $seconds } Sekunden.
settings-not-a-channel = Das ist kein Kanal.
settings-private-on = Antworten sind jetzt standardmäßig privat.
settings-private-off = Antworten sind nicht mehr standardmäßig privat.
settings-cooldown-now = Das Fragelimit ist jetzt { $cooldown }.
settings-reset-done = Die Einstellungen sind wieder auf den Standardwerten.
settings-channel-added = Ich antworte jetzt öffentlich in { $channel }.
settings-channel-removed = { $channel } ist kein öffentlicher Kanal mehr.
settings-channel-unchanged = Für { $channel } gibt es nichts zu ändern.
settings-channel-full = Dieser Server hat schon { $max } öffentliche Kanäle eingetragen: Nimm zuerst einen von der Liste.
settings-replies = Antworten
settings-replies-public = Öffentlich, in jedem Kanal; alle können `privat: True` hinzufügen, um eine Antwort allein zu sehen.
settings-replies-private = Privat: Nur die Person, die gefragt hat, sieht die Antwort.
settings-replies-channels = Öffentlich in den Kanälen unten; überall sonst privat.
settings-channels = Öffentliche Kanäle
settings-channels-none = Keine eingetragen.
settings-cooldown = Fragelimit
settings-defaults-only = Dieser Bot speichert nichts (`STORE=off`), daher gelten die Standardwerte, und sie lassen sich nicht ändern.
settings-counted = Fragen mit `/frage`, `/zitat` oder über einen Fragen-Button zählen für das Fragelimit.
settings-footer = /einstellungen privat · öffentlicher-kanal · fragelimit · zurücksetzen
settings-refused-title = Nur für Server-Manager
settings-refused = `/einstellungen` ist für Mitglieder mit der Berechtigung „Server verwalten“, auf einem Server.
settings-no-store-title = Einstellungen brauchen einen Speicher
settings-no-store = Dieser Bot läuft mit `STORE=off`, daher kann er keine Einstellungen speichern: Es gelten die Standardwerte. Der Betreiber kann den Speicher einschalten (siehe README).
settings-unavailable = Ich konnte meinen Speicher gerade nicht erreichen, daher hat sich nichts geändert. Fragen beantworte ich trotzdem weiter (privat, bis ich die Einstellungen dieses Servers wieder lesen kann); bitte versuch es in einer Minute noch einmal.
