# cio-cto-bot : les mots autour d'une réponse, en français.
#
# A translation is a copy of this file in data/locales/<Discord locale code>/bot.ftl
# with every message translated. Keep:
#   - every key, and the { $variables } of each message (a test checks both);
#   - Markdown (**bold**, *italics*, `code`) and the slash in front of commands;
#   - command and option names (cmd-*, opt-*, sub-*) 1-32 characters, lowercase,
#     no spaces (letters, digits, - and _); descriptions (*-desc) at most 100 characters.
# The article's facts, figures and attributed views are never translated: the
# bot shows them as published, and says so with "as-published".

## Noms et descriptions des commandes, tels que les affiche le sélecteur de commandes de Discord.
## Discord renvoie toujours les noms anglais : ceux-là ne changent pas.

cmd-ask = demander
cmd-ask-desc = Posez vos questions sur les rôles de CIO et de CTO : différences, convergences, collaboration
cmd-quote = citer
cmd-quote-desc = Ce que dit un expert des sources, en lui attribuant ses propos
cmd-stats = chiffres
cmd-stats-desc = Les chiffres d'enquêtes sur les CIO et les CTO, avec qui a mené chaque enquête
cmd-compare = comparer
cmd-compare-desc = Le CIO et le CTO côte à côte, chaque point attribué à son auteur
cmd-topics = sujets
cmd-topics-desc = Sur quoi vous pouvez m'interroger
cmd-sources = sources
cmd-sources-desc = D'où viennent les réponses
cmd-help = aide
cmd-help-desc = Comment utiliser ce bot
cmd-learn = apprendre
cmd-learn-desc = Un parcours guidé pour les nouveaux managers d'équipes techniques, une fiche par étape
cmd-quiz = quiz
cmd-quiz-desc = Vérifiez vos acquis : une question à la fois, avec la réponse sourcée
cmd-kb = connaissances
cmd-kb-desc = Pour les responsables du contenu : les questions restées sans réponse, et mon bilan
cmd-settings = paramètres
cmd-settings-desc = Pour qui gère le serveur : où je réponds en public, et combien de questions chacun peut poser
# The message command, in a message's Apps menu: capitals and spaces allowed, 1-32 characters.
cmd-answer-message = Répondre d'après l'article

opt-question = question
opt-question-desc = Votre question, p. ex. « Qui porte la transformation numérique ? » (suggestions pendant la saisie)
opt-person = personne
opt-person-desc = De qui afficher les avis : tapez le début d'un nom ou d'une organisation
opt-private = privé
opt-private-desc = N'afficher la réponse qu'à vous (par défaut, tout le salon la voit)
opt-path = parcours
opt-path-desc = Quel parcours (par défaut, le premier) : commencez à taper pour les voir
opt-share = partager
opt-share-learn-desc = Publier les fiches dans le salon (par défaut, vous seul les voyez)
opt-share-quiz-desc = Publier les questions dans le salon (par défaut, vous seul les voyez)
opt-topic = thème
opt-topic-desc = Le thème des questions (par défaut, un mélange)
opt-enabled = activé
opt-enabled-desc = True : seul l'auteur de la question voit les réponses ; False : tout le salon les voit
opt-channel = salon
opt-channel-desc = Le salon
opt-public = public
opt-public-desc = True : y répondre en public ; False : le retirer de la liste
opt-questions = questions
opt-questions-desc = Questions qu'une personne peut poser dans l'intervalle (0 désactive la limite)
opt-seconds = secondes
opt-seconds-desc = L'intervalle, en secondes

sub-kb-gaps = lacunes
sub-kb-gaps-desc = Questions restées sans réponse, réponses mal notées et entrées jamais demandées
sub-kb-stats = bilan
sub-kb-stats-desc = Les questions de la semaine, la part avec réponse, les réponses phares et les votes
sub-kb-reload = recharger
sub-kb-reload-desc = Relire le dossier de connaissances ; en cas d'échec, la dernière version valide reste en service
sub-settings-show = afficher
sub-settings-show-desc = Voir les paramètres de ce serveur
sub-settings-private = privé
sub-settings-private-desc = Répondre en privé par défaut, sauf dans les salons publics
sub-settings-public-channel = salon-public
sub-settings-public-channel-desc = Répondre en public dans un salon ; dès qu'un salon est listé, en privé ailleurs
sub-settings-cooldown = limite
sub-settings-cooldown-desc = Combien de questions une personne peut poser en un temps donné (0 : sans limite)
sub-settings-reset = réinitialiser
sub-settings-reset-desc = Rétablir les paramètres par défaut de ce serveur

quiz-topic-any = Un peu de tout
quiz-topic-figures = Chiffres d'enquêtes
quiz-topic-people = Qui l'a dit ?
quiz-topic-roles = CIO ou CTO ?
quiz-topic-facts = Faits et chiffres

## Communs à de nombreuses réponses.

field-who = Qui l'a dit
field-source = Source
# Who said it and where it was published, around the names and titles as the source gives them.
credit-survey = Enquête de { $run_by } auprès de { $respondents } { $population }
credit-article = { $publisher } (l’article lui-même)
citation = « { $title } », publié par { $publisher }
# Said once in a reply whose chrome is translated: the answer itself is the source's English.
as-published = Réponse telle que publiée, en anglais
quoted = « { $text } »
list-or = { $first } ou { $last }
# Between the items of a list but the last two.
list-comma = {", "}

## /ask : une réponse.

kind-fact = fait
kind-survey-figure = chiffre d'enquête
kind-view = avis attribué
kind-person = personne
answer-footer = { $kind } · confiance { $confidence }
you-asked-footer = Votre question : { $question } · { $rest }
unnamed-task = cette tâche
unnamed-line = L'article ne cite pas { $task }. Ce qu'il dit de qui s'occupe de ce genre de travail :

## /ask : pas de réponse.

declined-title = Pas de réponse sourcée
decline-empty = Posez-moi une question sur ce qui distingue, rapproche et fait collaborer les rôles de CIO et de CTO.
decline-no-match = Je n'ai pas de réponse sourcée à cela. Je réponds uniquement à partir de ma base de connaissances, et rien n'y correspond assez bien à votre question.
decline-not-said = Je n'ai pas de réponse sourcée à cela : mes sources ne le disent pas. Le fait le plus proche qu'elles donnent figure ci-dessous.
you-asked = Votre question : « { $question } »
missing-line = Rien sur { $words }.
did-you-mean = Vouliez-vous dire l'une de ces questions ?
# Added to a decline in every language but English: the matcher reads English.
decline-english-hint = Je lis les questions en anglais, la langue de mes sources.
closest-fact = Le fait le plus proche : { $question }
declined-footer = /sujets liste ce à quoi je peux répondre ; /aide explique les commandes.

## Répondre d'après l'article (la commande de message).

message-answering = Réponse au message de { $author } : { $link }
message-own-title = Ce message est de moi
message-own = Je réponds aux questions que les gens publient, pas à mes propres réponses. Choisissez le message qui pose la question, ou posez-la-moi avec `/demander`.
message-empty-title = Aucun texte à traiter
message-empty = Ce message ne contient aucun texte que je puisse lire (seulement des images ou des intégrations). Posez-moi la question avec `/demander`.
message-long-title = Ce message est trop long
message-long = Je réponds à des questions de { $max } caractères au plus, et ce message en compte { $chars }. Posez-moi directement la question avec `/demander`.

## Quand quelque chose ne va pas.

failed-title = Un problème est survenu
failed = Je n'ai pas réussi à formuler une réponse. Veuillez réessayer.
entry-gone-title = Cette question n'existe plus
entry-gone = Ma base de connaissances a changé depuis la création de ce bouton. Essayez `/sujets` pour voir à quoi je peux répondre maintenant.
unsupported-title = Je ne peux pas faire ça
unsupported = Je ne sais pas traiter cette interaction. Essayez `/aide` pour voir ce que je sais faire.
store-unreachable-title = Le stockage est inaccessible
slow-down-title = Pas si vite
slow-down = Ce serveur autorise { $cooldown }. Vous pourrez reposer une question dans { $seconds } s.
cooldown-off = désactivée (chacun peut poser autant de questions qu'il veut)
cooldown-on = { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
} toutes les { $seconds } s par personne

## /quote

quote-unknown-title = Personne inconnue
quote-unknown =
    Je n'ai aucun avis de « { $person } ». Les personnes présentes dans mes sources sont :
    { $people }
quote-views = Ses avis dans la source
quote-footer = La source paraphrase ses experts : ce sont des avis attribués, pas des citations mot pour mot.

## /stats

stats-survey = Enquête menée par { $run_by } ; { $respondents } répondants ({ $population }). Les chiffres tels que rapportés dans « { $title } », publié par { $publisher }.
stats-footer = Interrogez-moi avec /demander sur n'importe quel chiffre pour le voir avec sa source et des questions liées.
stats-other-title = Autres chiffres
stats-other = Chiffres que donne « { $title } », publié par { $publisher }, sans nommer l'enquête dont ils proviennent.
stats-none-title = Aucun chiffre d'enquête
stats-none = Ma base de connaissances ne contient aucun chiffre d'enquête.

## /compare

compare-title = CIO vs CTO
compare-intro = Comment les sources opposent les deux rôles. Chaque point indique qui l'a formulé.
compare-the-article = l'article
compare-footer = Source : { $sources }
compare-none-title = Rien à comparer
compare-none = Ma base de connaissances ne contient aucun tableau comparatif.

## /topics

topics-title = Ce que vous pouvez me demander
topics-intro = Je réponds à partir de { $entries } entrées : { $facts } faits, { $figures } chiffres d'enquêtes, { $views } avis attribués et { $people } personnes. Quelques questions pour commencer :
topics-facts = Faits
topics-figures = Chiffres d'enquêtes
topics-views = Avis d'experts
topics-people = Personnes (essayez /citer)
topics-footer = Posez vos questions avec /demander ; des suggestions s'affichent pendant la saisie.

## /sources

sources-published-by = Publié par
sources-taken = Ce que j'en ai tiré
sources-entries = Entrées : { $entries }
sources-people = Personnes citées
sources-surveys = Enquêtes citées
sources-note = Remarque
sources-footer = Chaque réponse nomme sa source ; les avis des experts sont paraphrasés par la source, jamais cités mot pour mot.
sources-none-title = Aucune source
sources-none = Ma base de connaissances est vide.

## /help : chaque champ porte le nom d'une commande, tel que l'affiche le client du membre.

help-title = Comment utiliser ce bot
help-intro = Je réponds aux questions sur ce qui distingue, rapproche et fait collaborer les rôles de CIO et de CTO, uniquement à partir de mes sources, et j'indique toujours qui l'a dit et où cela a été publié. Quand je ne suis pas sûr, je le dis et je propose des questions auxquelles je peux répondre.
help-ask = Demandez ce que vous voulez, avec vos propres mots ; les fautes de frappe ne sont pas un problème. Des suggestions s'affichent pendant la saisie, et les boutons sous chaque réponse posent des questions liées.
help-quote = Ce que dit un expert, chaque avis lui étant attribué.
help-stats = Les chiffres d'enquêtes, avec qui a mené l'enquête et combien de personnes ont répondu.
help-compare = Le CIO et le CTO côte à côte, chaque point attribué à son auteur.
help-topics = Sur quoi vous pouvez m'interroger, et d'où viennent les réponses.
help-learn = Un parcours guidé pour les nouveaux managers d'équipes techniques, une fiche par étape, et un quiz pour vérifier vos acquis ; les deux restent privés, sauf si vous utilisez `{ $share }`.
help-message = Sur n'importe quel message : son menu → Applications → *{ $command }* répond à la question qui y est posée, avec un lien vers le message.
help-manage = Pour qui gère le serveur : les questions auxquelles je n'ai pas su répondre, mon bilan, le rechargement de mes connaissances ; où je réponds en public, et combien de questions chacun peut poser.
help-private = Ajoutez `{ $private }: True` à n'importe quelle commande pour être seul à voir la réponse. Un serveur peut rendre les réponses privées en dehors de ses salons publics.
help-language = Les réponses sont données telles que publiées, en anglais : ce sont les mots de la source, et les traduire reviendrait à prêter à quelqu'un des propos qu'il n'a pas tenus.

## /learn

learn-unknown-title = Parcours introuvable
learn-no-paths = Ma base de connaissances ne contient aucun parcours.
learn-paths =
    Je connais ces parcours :
    { $paths }
learn-gone-title = Ce parcours n'existe plus
learn-gone = Ma base de connaissances a changé depuis la création de cette fiche. Recommencez avec `/apprendre`.
learn-progress = Étape { $step } sur { $steps } · { $path }
learn-skipped = { $steps ->
    [one] Une étape de ce parcours ne figure plus dans ma base de connaissances, je suis donc passé à la suite.
   *[other] { $steps } étapes de ce parcours ne figurent plus dans ma base de connaissances, je suis donc passé à la suite.
}
learn-end-title = Fin du parcours
learn-end = C'était la dernière étape. `/sujets` liste tout ce que vous pouvez encore demander.
learn-back = ◀ Précédent
learn-next = Suivant ▶
learn-related = Questions liées
related-gone = Ma base de connaissances a changé depuis la création de cette fiche. Essayez `/sujets`.
related-title = En lien avec : { $question }
related-none = Rien d'autre dans ma base de connaissances n'est proche de cette étape.
related-pick = Choisissez-en une pour voir sa réponse (vous seul la verrez).

## /quiz

quiz-title = Quiz · { $topic }
quiz-footer = Choisissez une réponse : dans tous les cas, vous verrez la réponse sourcée.
quiz-fill-in = Complétez le chiffre : « { $finding } »
quiz-who = Qui a décrit le { $role } ainsi (selon la paraphrase de l'article) : { $point } ?
quiz-which = Quel rôle l'article décrit-il ainsi : { $point } ?
quiz-right = Bonne réponse
quiz-wrong = Pas tout à fait
quiz-answer = La réponse : **{ $answer }**
quiz-next = Question suivante
quiz-changed = Ma base de connaissances a changé depuis la création de cette question ; en voici une nouvelle.
quiz-not-kept = Votre réponse n'a pas pu être enregistrée pour l'instant (mon stockage est inaccessible), votre score n'a donc pas changé.
quiz-score = Votre score : { $correct } sur { $answered } · série { $streak } (record { $best })
quiz-again = vous aviez déjà répondu à cette question, elle n'a donc pas été comptée une deuxième fois
quiz-none-title = Aucune question de quiz
quiz-none = Ma base de connaissances ne propose aucune question « { $topic } ». Essayez `/quiz` sans thème.

## 👍/👎 sur une réponse.

feedback-title = Merci pour votre retour
feedback-failed-title = Vote non enregistré
feedback-gone = Merci ! Cette réponse ne figure plus dans ma base de connaissances, il n'y a donc rien à enregistrer.
feedback-failed = Désolé, je n'ai pas pu enregistrer votre vote : mon stockage est inaccessible pour l'instant. Veuillez réessayer dans une minute.
feedback-again = Vous aviez déjà voté pour cette réponse : votre premier vote est conservé.
feedback-up = Merci ! Ravi d'avoir pu aider : les responsables du contenu verront votre 👍.
feedback-down = Merci de l'avoir signalé : les responsables du contenu verront votre 👎 et s'en serviront pour améliorer mes réponses.
feedback-no-store = Merci ! Ce bot ne conserve aucun retour, votre vote n'a donc pas été enregistré.
feedback-perhaps = L'une de ces réponses y répond peut-être
feedback-pick = Choisissez-en une pour la voir.

## /kb, pour les responsables du contenu.

kb-unknown-title = Commande /connaissances inconnue
kb-unknown = Cette version du bot connaît `/connaissances lacunes`, `/connaissances bilan` et `/connaissances recharger`.
kb-refused-title = Réservé aux responsables du contenu
kb-refused = `/connaissances` est réservé aux membres ayant la permission Gérer le serveur sur ce serveur.
kb-no-store-title = Rien n'est conservé
kb-no-store = Ce bot tourne avec `STORE=off` : il n'a donc ni questions ni votes à présenter. Son opérateur peut activer le stockage (voir le README).
kb-unavailable = Je n'ai pas pu lire mon stockage pour l'instant, je ne peux donc pas faire de bilan. Je continue de répondre aux questions en attendant ; veuillez réessayer dans une minute.
kb-entry-gone = `{ $id }` (ne figure plus dans les connaissances)
kb-stats-title = Cette semaine sur ce serveur
kb-stats-text = **{ $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
}** ces 7 derniers jours ; **{ $answered }** avec réponse ({ $percent } %), **{ $declined }** sans réponse.
kb-stats-top = Réponses les plus données
kb-stats-feedback = Retours
kb-stats-footer = /connaissances lacunes liste ce à quoi je n'ai pas su répondre.
# The chart /kb stats attaches. Its font (DejaVu Sans) has no CJK glyphs: a language it cannot draw gets the English labels.
chart-title = { $days } derniers jours : { $questions } questions, { $percent } % répondues, { $up } votes positifs et { $down } négatifs
chart-answered = répondues
chart-declined = déclinées
chart-up = votes positifs
chart-down = votes négatifs
chart-date = { $day }/{ $month }
kb-gaps-title = Lacunes de mes connaissances
kb-gaps-text = Sur tout l'historique conservé : { $declined ->
    [one] { $declined } question sans réponse
   *[other] { $declined } questions sans réponse
}, { $downvoted ->
    [one] { $downvoted } réponse mal notée
   *[other] { $downvoted } réponses mal notées
}, { $unasked ->
    [one] { $unasked } entrée jamais demandée
   *[other] { $unasked } entrées jamais demandées
}.
kb-gaps-line = « { $question } » → entrée la plus proche : { $nearest }
kb-gaps-none = aucune
kb-gaps-declined = Sans réponse, les plus demandées d'abord
kb-gaps-voted-down = Mal notées
kb-gaps-never = Jamais demandées
kb-gaps-more = …et { $more } de plus
kb-gaps-footer = Le rapport complet : `cio-cto-bot gaps` là où tourne le bot ; `gaps --propose FILE` rédige de nouvelles entrées.
reload-done-title = Connaissances rechargées
reload-done = Je réponds désormais à partir de { $entries } entrées (version des connaissances `{ $version }`), chargées en { $millis } ms. Les réponses préparées auparavant sont oubliées ; les boutons créés avant répondent toujours, ou indiquent que leur entrée n'existe plus.
reload-unchanged-title = Rien n'a changé
reload-unchanged = Le dossier de connaissances contient ce qui est déjà en service (version `{ $version }`).
reload-invalid-title = Les connaissances n'ont pas pu être chargées
reload-invalid = Les dernières connaissances valides restent en service. Corrigez ces points, puis rechargez :
reload-bundled-title = Rien à recharger
reload-bundled = Ce bot répond à partir des connaissances intégrées ; lancez-le avec --knowledge DIR ou KNOWLEDGE_DIR pour recharger depuis un dossier.

## /settings, pour qui gère le serveur.

settings-title = Paramètres de ce serveur
settings-unknown-title = Commande /paramètres inconnue
settings-unknown = Cette version du bot connaît `/paramètres afficher`, `privé`, `salon-public`, `limite` et `réinitialiser`.
settings-range-title = Valeur hors limites
settings-cooldown-range = Une limite va de 0 à { $questions } questions (0 la désactive) sur 1 à { $seconds } secondes.
settings-not-a-channel = Ce n'est pas un salon.
settings-private-on = Les réponses sont désormais privées par défaut.
settings-private-off = Les réponses ne sont plus privées par défaut.
settings-cooldown-now = Limite de questions désormais : { $cooldown }.
settings-reset-done = Les paramètres par défaut sont rétablis.
settings-channel-added = Je réponds désormais en public dans { $channel }.
settings-channel-removed = { $channel } n'est plus un salon public.
settings-channel-unchanged = Rien à changer pour { $channel }.
settings-channel-full = Ce serveur compte déjà { $max } salons publics : retirez-en un de la liste d'abord.
settings-replies = Réponses
settings-replies-public = En public, dans tous les salons ; chacun peut ajouter `privé: True` pour être seul à voir une réponse.
settings-replies-private = En privé : seule la personne qui a posé la question voit la réponse.
settings-replies-channels = En public dans les salons ci-dessous ; en privé partout ailleurs.
settings-channels = Salons publics
settings-channels-none = Aucun salon listé.
settings-cooldown = Limite de questions
settings-defaults-only = Ce bot ne conserve rien (`STORE=off`) : ce sont donc les valeurs par défaut, et elles ne peuvent pas être modifiées.
settings-counted = Les questions posées avec `/demander`, `/citer` ou un bouton de question comptent dans la limite.
settings-footer = /paramètres privé · salon-public · limite · réinitialiser
settings-refused-title = Réservé à qui gère le serveur
settings-refused = `/paramètres` est réservé aux membres ayant la permission Gérer le serveur, sur un serveur.
settings-no-store-title = Les paramètres nécessitent un stockage
settings-no-store = Ce bot tourne avec `STORE=off` : il ne peut donc pas conserver de paramètres, les valeurs par défaut s'appliquent. Son opérateur peut activer le stockage (voir le README).
settings-unavailable = Je n'ai pas pu joindre mon stockage pour l'instant, donc rien n'a changé. Je continue de répondre aux questions en attendant (en privé, jusqu'à ce que je puisse relire les paramètres de ce serveur) ; veuillez réessayer dans une minute.
