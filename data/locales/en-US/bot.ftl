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

cmd-ask = ask
cmd-ask-desc = Ask how the CIO and CTO roles differ, converge and collaborate
cmd-quote = quote
cmd-quote-desc = What an expert in the sources says, attributed to them
cmd-stats = stats
cmd-stats-desc = The survey figures on CIOs and CTOs, with who ran the survey
cmd-compare = compare
cmd-compare-desc = The CIO and the CTO side by side, each point attributed
cmd-topics = topics
cmd-topics-desc = What you can ask about
cmd-sources = sources
cmd-sources-desc = Where the answers come from
cmd-help = help
cmd-help-desc = How to use this bot
cmd-learn = learn
cmd-learn-desc = A guided path through the material for new engineering managers, one card a step
cmd-quiz = quiz
cmd-quiz-desc = Check what you have learnt: one question at a time, with the sourced answer
cmd-kb = kb
cmd-kb-desc = For curators: what people asked that I could not answer, and how I am doing
cmd-settings = settings
cmd-settings-desc = For server managers: where I answer in public, and how often one person may ask
# The message command, in a message's Apps menu: capitals and spaces allowed, 1-32 characters.
cmd-answer-message = Answer from the article

opt-question = question
opt-question-desc = Your question, e.g. “Who owns digital transformation?” (suggestions appear as you type)
opt-person = person
opt-person-desc = Whose views to show: start typing a name or an organisation
opt-private = private
opt-private-desc = Show the reply only to you (by default the whole channel sees it)
opt-path = path
opt-path-desc = Which path (by default the first): start typing to see them
opt-share = share
opt-share-learn-desc = Post the cards in the channel (by default only you see them)
opt-share-quiz-desc = Post the questions in the channel (by default only you see them)
opt-topic = topic
opt-topic-desc = What to be asked about (by default a mix)
opt-enabled = enabled
opt-enabled-desc = True: only the asker sees replies; False: the channel does
opt-channel = channel
opt-channel-desc = The channel
opt-public = public
opt-public-desc = True: answer in public there; False: take it off the list
opt-questions = questions
opt-questions-desc = Questions a person may ask in the window (0 turns the cooldown off)
opt-seconds = seconds
opt-seconds-desc = The window, in seconds

sub-kb-gaps = gaps
sub-kb-gaps-desc = Questions I declined, answers voted down, and entries nobody asked
sub-kb-stats = stats
sub-kb-stats-desc = This week's questions, the share answered, top answers and votes
sub-kb-reload = reload
sub-kb-reload-desc = Read the knowledge folder again; if it fails, the last good one keeps serving
sub-settings-show = show
sub-settings-show-desc = See this server's settings
sub-settings-private = private
sub-settings-private-desc = Answer privately by default, except in public channels
sub-settings-public-channel = public-channel
sub-settings-public-channel-desc = Answer in public in a channel; once one is listed, elsewhere privately
sub-settings-cooldown = cooldown
sub-settings-cooldown-desc = How many questions one person may ask in a while (0: no limit)
sub-settings-reset = reset
sub-settings-reset-desc = Put this server's settings back to the defaults

quiz-topic-any = A mix of everything
quiz-topic-figures = Survey figures
quiz-topic-people = Who said it?
quiz-topic-roles = CIO or CTO?
quiz-topic-facts = Facts and figures

## Shared by many replies.

field-who = Who said it
field-source = Source
# Who said it and where it was published, around the names and titles as the source gives them.
credit-survey = { $run_by } survey of { $respondents } { $population }
credit-article = { $publisher } (the article itself)
citation = “{ $title }”, published by { $publisher }
# Said once in a reply whose chrome is translated: the answer itself is the source's English.
as-published = Answer as published, in English
quoted = “{ $text }”
list-or = { $first } or { $last }
# Between the items of a list but the last two.
list-comma = {", "}

## /ask: an answer.

kind-fact = fact
kind-survey-figure = survey figure
kind-view = attributed view
kind-person = person
answer-footer = { $kind } · confidence { $confidence }
you-asked-footer = You asked: { $question } · { $rest }
unnamed-task = this task
unnamed-line = The article doesn't name { $task }. What it says about who looks after that kind of work:

## /ask: a decline.

declined-title = No sourced answer
decline-empty = Ask me a question about how the CIO and CTO roles differ, converge and collaborate.
decline-no-match = I don't have a sourced answer to that. I only answer from my knowledge base, and nothing in it matches your question well enough.
decline-not-said = I don't have a sourced answer to that: my sources don't say it. The closest fact they give is below.
you-asked = You asked: “{ $question }”
missing-line = Nothing on { $words }.
did-you-mean = Did you mean one of these?
# Added to a decline in every language but English: the matcher reads English.
decline-english-hint = I read questions in English, the language of my sources.
closest-fact = The closest fact: { $question }
declined-footer = /topics lists what I can answer; /help explains the commands.

## Answer from the article (the message command).

message-answering = Answering { $author }'s message: { $link }
message-own-title = That message is mine
message-own = I answer the questions people post, not my own replies. Pick the message that asks the question, or ask me with `/ask`.
message-empty-title = No text to answer
message-empty = That message has no text I can read (only images or embeds). Ask me the question with `/ask`.
message-long-title = That message is too long
message-long = I answer a question of at most { $max } characters, and that message has { $chars }. Ask me the question itself with `/ask`.

## Things that go wrong.

failed-title = Something went wrong
failed = I could not work out a reply to that. Please try again.
entry-gone-title = That question is gone
entry-gone = My knowledge base has changed since that button was made. Try `/topics` to see what I can answer now.
unsupported-title = I can't do that
unsupported = I don't know how to handle that interaction. Try `/help` to see what I can do.
store-unreachable-title = The store is unreachable
slow-down-title = Slow down
slow-down = This server allows { $cooldown }. You can ask again in { $seconds } s.
cooldown-off = off: anyone may ask as often as they like
cooldown-on = { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
} every { $seconds } s a person

## /quote

quote-unknown-title = Unknown person
quote-unknown =
    I have no views from “{ $person }”. The people in my sources are:
    { $people }
quote-views = Their views in the source
quote-footer = The source paraphrases its experts: these are attributed views, not verbatim quotes.

## /stats

stats-survey = Run by { $run_by }; { $respondents } respondents ({ $population }). The figures as reported in “{ $title }”, published by { $publisher }.
stats-footer = Ask /ask about any figure to see it with its source and related questions.
stats-other-title = Other figures
stats-other = Figures “{ $title }”, published by { $publisher }, gives without naming the survey behind them.
stats-none-title = No survey figures
stats-none = My knowledge base holds no survey figures.

## /compare

compare-title = CIO vs CTO
compare-intro = How the sources contrast the two roles. Each point names who made it.
compare-the-article = the article
compare-footer = Source: { $sources }
compare-none-title = Nothing to compare
compare-none = My knowledge base holds no comparison table.

## /topics

topics-title = What you can ask me
topics-intro = I answer from { $entries } entries: { $facts } facts, { $figures } survey figures, { $views } attributed views, and { $people } people. Some questions to start with:
topics-facts = Facts
topics-figures = Survey figures
topics-views = Expert views
topics-people = People (try /quote)
topics-footer = Ask with /ask; suggestions appear as you type.

## /sources

sources-published-by = Published by
sources-taken = What I took from it
sources-entries = { $entries } entries
sources-people = People quoted
sources-surveys = Surveys cited
sources-note = Note
sources-footer = Every answer names its source; experts' views are paraphrased by the source, never quoted.
sources-none-title = No sources
sources-none = My knowledge base is empty.

## /help: each field is named after a command as the member's client shows it.

help-title = How to use this bot
help-intro = I answer questions about how the CIO and CTO roles differ, converge and collaborate, only from my sources, and I always say who said it and where it was published. When I'm not sure, I say so and suggest questions I can answer.
help-ask = Ask anything in your own words; typos are fine. Suggestions appear as you type, and buttons under each answer ask related questions.
help-quote = What one expert says, each view attributed to them.
help-stats = The survey figures, with who ran the survey and how many answered.
help-compare = The CIO and the CTO side by side, each point attributed.
help-topics = What you can ask about, and where the answers come from.
help-learn = A guided walk through the material for new engineering managers, one card a step, and a quiz to check what you learnt; both private unless you `{ $share }` them.
help-message = On any message: its menu → Apps → *{ $command }* answers the question someone posted, with a link to it.
help-manage = For server managers: the questions I could not answer, how I am doing, reloading my knowledge; where I answer in public, and how often one person may ask.
help-private = Add `{ $private }: True` to any command to see the reply alone. A server may make replies private outside its public channels.
help-language = The answers are given as published, in English: they are the source's words, and a translation would put words in someone's mouth.

## /learn

learn-unknown-title = No such learning path
learn-no-paths = My knowledge base has no learning paths.
learn-paths =
    I know these paths:
    { $paths }
learn-gone-title = That learning path is gone
learn-gone = My knowledge base has changed since this card was made. Start again with `/learn`.
learn-progress = Step { $step } of { $steps } · { $path }
learn-skipped = { $steps ->
    [one] A step of this path is no longer in my knowledge base, so I moved on.
   *[other] { $steps } steps of this path are no longer in my knowledge base, so I moved on.
}
learn-end-title = The end of this path
learn-end = That was the last step. `/topics` lists everything else you can ask.
learn-back = ◀ Back
learn-next = Next ▶
learn-related = Related questions
related-gone = My knowledge base has changed since this card was made. Try `/topics`.
related-title = Related to: { $question }
related-none = Nothing else in my knowledge base is close to this step.
related-pick = Pick one to see its answer (only you will see it).

## /quiz

quiz-title = Quiz · { $topic }
quiz-footer = Pick an answer: you will see the sourced answer either way.
quiz-fill-in = Fill in the figure: “{ $finding }”
quiz-who = Who described the { $role } this way (in the article's paraphrase): { $point }?
quiz-which = Which role does the article describe this way: { $point }?
quiz-right = Correct
quiz-wrong = Not quite
quiz-answer = The answer: **{ $answer }**
quiz-next = Next question
quiz-changed = My knowledge base has changed since that question was made; here is a fresh one.
quiz-not-kept = Your answer could not be kept just now (my store is unreachable), so your score did not change.
quiz-score = Your score: { $correct } of { $answered } · streak { $streak } (best { $best })
quiz-again = you had answered this one already, so it did not count again
quiz-none-title = No quiz questions
quiz-none = My knowledge base gives no “{ $topic }” questions. Try `/quiz` without a topic.

## 👍/👎 on an answer.

feedback-title = Thanks for the feedback
feedback-failed-title = Vote not recorded
feedback-gone = Thanks! That answer is no longer in my knowledge base, so there is nothing to record.
feedback-failed = Sorry, I could not record your vote just now: my store is unreachable. Please try again in a minute.
feedback-again = You had already voted on this answer: your first vote stands.
feedback-up = Thanks! Glad that helped: the curators will see your 👍.
feedback-down = Thanks for saying so: the curators will see your 👎 and use it to improve my answers.
feedback-no-store = Thanks! This bot keeps no feedback, so your vote was not recorded.
feedback-perhaps = Perhaps one of these answers it
feedback-pick = Pick one to see it.

## /kb, for curators.

kb-unknown-title = Unknown /kb command
kb-unknown = This version of the bot knows `/kb gaps`, `/kb stats` and `/kb reload`.
kb-refused-title = Only for curators
kb-refused = `/kb` is for members with the Manage Server permission in this server.
kb-no-store-title = Nothing is kept
kb-no-store = This bot runs with `STORE=off`, so it has no questions or votes to report. Its operator can turn the store on (see the README).
kb-unavailable = I could not read my store just now, so I cannot report on it. I keep answering questions meanwhile; please try again in a minute.
kb-entry-gone = `{ $id }` (no longer in the knowledge)
kb-stats-title = This week in this server
kb-stats-text = **{ $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
}** in the last 7 days; **{ $answered }** answered ({ $percent }%), **{ $declined }** declined.
kb-stats-top = Answered most
kb-stats-feedback = Feedback
kb-stats-footer = /kb gaps lists what I could not answer.
# The chart /kb stats attaches. Its font (DejaVu Sans) has no CJK glyphs: a language it cannot draw gets the English labels.
chart-title = Last { $days } days: { $questions } questions, { $percent }% answered, { $up } up and { $down } down votes
chart-answered = answered
chart-declined = declined
chart-up = up votes
chart-down = down votes
chart-date = { $month }/{ $day }
kb-gaps-title = Gaps in my knowledge
kb-gaps-text = Over everything kept: { $declined ->
    [one] { $declined } question
   *[other] { $declined } questions
} declined, { $downvoted ->
    [one] { $downvoted } answer
   *[other] { $downvoted } answers
} voted down, { $unasked ->
    [one] { $unasked } entry
   *[other] { $unasked } entries
} nobody asked.
kb-gaps-line = “{ $question }” → nearest: { $nearest }
kb-gaps-none = none
kb-gaps-declined = Declined, most asked first
kb-gaps-voted-down = Voted down
kb-gaps-never = Never asked
kb-gaps-more = …and { $more } more
kb-gaps-footer = The whole report: `cio-cto-bot gaps` where the bot runs; `gaps --propose FILE` drafts new entries.
reload-done-title = Knowledge reloaded
reload-done = Now answering from { $entries } entries (knowledge version `{ $version }`), loaded in { $millis } ms. Replies worked out before are forgotten; buttons made before still answer, or say their entry is gone.
reload-unchanged-title = Nothing changed
reload-unchanged = The knowledge folder holds what already serves (version `{ $version }`).
reload-invalid-title = The knowledge did not load
reload-invalid = The last good knowledge keeps serving. Fix these, then reload again:
reload-bundled-title = Nothing to reload
reload-bundled = This bot answers from the knowledge built into it; start it with --knowledge DIR or KNOWLEDGE_DIR to reload from a folder.

## /settings, for server managers.

settings-title = Settings for this server
settings-unknown-title = Unknown /settings command
settings-unknown = This version of the bot knows `/settings show`, `private`, `public-channel`, `cooldown` and `reset`.
settings-range-title = That setting is out of range
settings-cooldown-range = A cooldown is 0 to { $questions } questions (0 turns it off) in 1 to { $seconds } seconds.
settings-not-a-channel = That is not a channel.
settings-private-on = Replies are now private by default.
settings-private-off = Replies are no longer private by default.
settings-cooldown-now = The cooldown is now { $cooldown }.
settings-reset-done = Settings are back to the defaults.
settings-channel-added = I now answer in public in { $channel }.
settings-channel-removed = { $channel } is no longer a public channel.
settings-channel-unchanged = Nothing to change for { $channel }.
settings-channel-full = This server already lists { $max } public channels: take one off the list first.
settings-replies = Replies
settings-replies-public = In public, in every channel; anyone can add `private: True` to see a reply alone.
settings-replies-private = Private: only the person who asked sees the reply.
settings-replies-channels = In public in the channels below; private everywhere else.
settings-channels = Public channels
settings-channels-none = None listed.
settings-cooldown = Cooldown
settings-defaults-only = This bot keeps nothing (`STORE=off`), so these are the defaults, and they cannot be changed.
settings-counted = Questions asked with `/ask`, `/quote` or a question button count towards the cooldown.
settings-footer = /settings private · public-channel · cooldown · reset
settings-refused-title = Only for server managers
settings-refused = `/settings` is for members with the Manage Server permission, in a server.
settings-no-store-title = Settings need a store
settings-no-store = This bot runs with `STORE=off`, so it cannot keep settings: the defaults apply. Its operator can turn the store on (see the README).
settings-unavailable = I could not reach my store just now, so nothing changed. I keep answering questions meanwhile (privately, until I can read this server's settings again); please try again in a minute.
