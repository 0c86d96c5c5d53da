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

cmd-ask = perguntar
cmd-ask-desc = Pergunte como os papéis de CIO e CTO diferem, convergem e colaboram
cmd-quote = citar
cmd-quote-desc = O que diz um especialista das fontes, com a devida atribuição
cmd-stats = estatísticas
cmd-stats-desc = Os números das pesquisas sobre CIOs e CTOs, com quem fez cada pesquisa
cmd-compare = comparar
cmd-compare-desc = CIO e CTO lado a lado, cada ponto com sua autoria
cmd-topics = temas
cmd-topics-desc = Sobre o que você pode perguntar
cmd-sources = fontes
cmd-sources-desc = De onde vêm as respostas
cmd-help = ajuda
cmd-help-desc = Como usar este bot
cmd-learn = aprender
cmd-learn-desc = Uma trilha guiada pelo material para novos gestores de engenharia, um cartão por etapa
cmd-quiz = quiz
cmd-quiz-desc = Teste o que você aprendeu: uma pergunta por vez, com a resposta e a fonte
cmd-kb = base
cmd-kb-desc = Para curadores: o que perguntaram e eu não soube responder, e como estou indo
cmd-settings = configurações
cmd-settings-desc = Para gestores do servidor: onde respondo em público e quanto cada pessoa pode perguntar
# The message command, in a message's Apps menu: capitals and spaces allowed, 1-32 characters.
cmd-answer-message = Responder pelo artigo

opt-question = pergunta
opt-question-desc = Sua pergunta, ex.: “Quem cuida da transformação digital?” (sugestões aparecem ao digitar)
opt-person = pessoa
opt-person-desc = De quem mostrar as opiniões: comece a digitar um nome ou uma organização
opt-private = privado
opt-private-desc = Mostrar a resposta só para você (por padrão, o canal todo a vê)
opt-path = trilha
opt-path-desc = Qual trilha (por padrão, a primeira): comece a digitar para vê-las
opt-share = compartilhar
opt-share-learn-desc = Publicar os cartões no canal (por padrão, só você os vê)
opt-share-quiz-desc = Publicar as perguntas no canal (por padrão, só você as vê)
opt-topic = tema
opt-topic-desc = Sobre o que você quer ser perguntado (por padrão, um pouco de tudo)
opt-enabled = ativado
opt-enabled-desc = True: só quem perguntou vê as respostas; False: o canal todo vê
opt-channel = canal
opt-channel-desc = O canal
opt-public = público
opt-public-desc = True: responder em público nele; False: tirá-lo da lista
opt-questions = perguntas
opt-questions-desc = Perguntas que uma pessoa pode fazer no intervalo (0 desativa o limite)
opt-seconds = segundos
opt-seconds-desc = O intervalo, em segundos

sub-kb-gaps = lacunas
sub-kb-gaps-desc = Perguntas que recusei, respostas com voto negativo e entradas que ninguém consultou
sub-kb-stats = estatísticas
sub-kb-stats-desc = As perguntas da semana, a parcela respondida, as respostas mais dadas e os votos
sub-kb-reload = recarregar
sub-kb-reload-desc = Ler de novo a pasta de conhecimento; se falhar, a última versão válida continua em uso
sub-settings-show = ver
sub-settings-show-desc = Ver as configurações deste servidor
sub-settings-private = privado
sub-settings-private-desc = Responder em privado por padrão, exceto nos canais públicos
sub-settings-public-channel = canal-público
sub-settings-public-channel-desc = Responder em público num canal; com algum na lista, nos demais em privado
sub-settings-cooldown = limite
sub-settings-cooldown-desc = Quantas perguntas uma pessoa pode fazer em certo intervalo (0: sem limite)
sub-settings-reset = redefinir
sub-settings-reset-desc = Voltar as configurações deste servidor ao padrão

quiz-topic-any = Um pouco de tudo
quiz-topic-figures = Números de pesquisas
quiz-topic-people = Quem disse?
quiz-topic-roles = CIO ou CTO?
quiz-topic-facts = Fatos e números

## Shared by many replies.

field-who = Quem disse
field-source = Fonte
# Who said it and where it was published, around the names and titles as the source gives them.
credit-survey = Pesquisa de { $run_by } com { $respondents } { $population }
credit-article = { $publisher } (o próprio artigo)
citation = “{ $title }”, publicado por { $publisher }
# Said once in a reply whose chrome is translated: the answer itself is the source's English.
as-published = Resposta como publicada, em inglês
quoted = “{ $text }”
list-or = { $first } ou { $last }
# Between the items of a list but the last two.
list-comma = {", "}

## /ask: an answer.

kind-fact = fato
kind-survey-figure = número de pesquisa
kind-view = opinião atribuída
kind-person = pessoa
answer-footer = { $kind } · confiança { $confidence }
you-asked-footer = Você perguntou: { $question } · { $rest }
unnamed-task = esta tarefa
unnamed-line = O artigo não menciona { $task }. O que ele diz sobre quem cuida desse tipo de trabalho:

## /ask: a decline.

declined-title = Sem resposta com fonte
decline-empty = Me faça uma pergunta sobre como os papéis de CIO e CTO diferem, convergem e colaboram.
decline-no-match = Não tenho uma resposta com fonte para isso. Só respondo a partir da minha base de conhecimento, e nada nela corresponde bem o bastante à sua pergunta.
decline-not-said = Não tenho uma resposta com fonte para isso: minhas fontes não dizem isso. O fato mais próximo que elas trazem está abaixo.
you-asked = Você perguntou: “{ $question }”
missing-line = Nada sobre { $words }.
did-you-mean = Você quis dizer uma destas?
# Added to a decline in every language but English: the matcher reads English.
decline-english-hint = Eu leio as perguntas em inglês, o idioma das minhas fontes.
closest-fact = O fato mais próximo: { $question }
declined-footer = /temas lista o que sei responder; /ajuda explica os comandos.

## Answer from the article (the message command).

message-answering = Respondendo à mensagem de { $author }: { $link }
message-own-title = Essa mensagem é minha
message-own = Respondo às perguntas que as pessoas postam, não às minhas próprias respostas. Escolha a mensagem que faz a pergunta, ou me pergunte com `/perguntar`.
message-empty-title = Nenhum texto para responder
message-empty = Essa mensagem não tem texto que eu consiga ler (só imagens ou embeds). Me faça a pergunta com `/perguntar`.
message-long-title = Essa mensagem é longa demais
message-long = Respondo a perguntas de no máximo { $max } caracteres, e essa mensagem tem { $chars }. Me faça só a pergunta com `/perguntar`.

## Things that go wrong.

failed-title = Algo deu errado
failed = Não consegui montar uma resposta para isso. Tente de novo.
entry-gone-title = Essa pergunta não existe mais
entry-gone = Minha base de conhecimento mudou desde que esse botão foi criado. Use `/temas` para ver o que sei responder agora.
unsupported-title = Não consigo fazer isso
unsupported = Não sei lidar com essa interação. Use `/ajuda` para ver o que posso fazer.
store-unreachable-title = O armazenamento está inacessível
slow-down-title = Mais devagar
slow-down = Este servidor permite { $cooldown }. Você pode perguntar de novo em { $seconds } s.
cooldown-off = desativado: qualquer pessoa pode perguntar quantas vezes quiser
cooldown-on = { $questions ->
    [one] { $questions } pergunta
   *[other] { $questions } perguntas
} a cada { $seconds } s por pessoa

## /quote

quote-unknown-title = Pessoa desconhecida
quote-unknown =
    Não tenho opiniões de “{ $person }”. As pessoas nas minhas fontes são:
    { $people }
quote-views = Suas opiniões na fonte
quote-footer = A fonte parafraseia seus especialistas: são opiniões atribuídas, não citações literais.

## /stats

stats-survey = Pesquisa realizada por { $run_by }; { $respondents } participantes ({ $population }). Os números como divulgados em “{ $title }”, publicado por { $publisher }.
stats-footer = Pergunte com /perguntar sobre qualquer número para vê-lo com a fonte e perguntas relacionadas.
stats-other-title = Outros números
stats-other = Números que “{ $title }”, publicado por { $publisher }, traz sem citar a pesquisa de origem.
stats-none-title = Nenhum número de pesquisa
stats-none = Minha base de conhecimento não tem números de pesquisas.

## /compare

compare-title = CIO vs. CTO
compare-intro = Como as fontes contrastam os dois papéis. Cada ponto indica quem o apresentou.
compare-the-article = o artigo
compare-footer = Fonte: { $sources }
compare-none-title = Nada para comparar
compare-none = Minha base de conhecimento não tem uma tabela de comparação.

## /topics

topics-title = O que você pode me perguntar
topics-intro = Respondo a partir de { $entries } entradas: { $facts } fatos, { $figures } números de pesquisas, { $views } opiniões atribuídas e { $people } pessoas. Algumas perguntas para começar:
topics-facts = Fatos
topics-figures = Números de pesquisas
topics-views = Opiniões de especialistas
topics-people = Pessoas (experimente /citar)
topics-footer = Pergunte com /perguntar; as sugestões aparecem enquanto você digita.

## /sources

sources-published-by = Publicado por
sources-taken = O que tirei dele
sources-entries = { $entries } entradas
sources-people = Pessoas citadas
sources-surveys = Pesquisas citadas
sources-note = Observação
sources-footer = Toda resposta cita sua fonte; as opiniões dos especialistas são parafraseadas pela fonte, nunca citadas literalmente.
sources-none-title = Nenhuma fonte
sources-none = Minha base de conhecimento está vazia.

## /help: each field is named after a command as the member's client shows it.

help-title = Como usar este bot
help-intro = Respondo a perguntas sobre como os papéis de CIO e CTO diferem, convergem e colaboram, só a partir das minhas fontes, e sempre digo quem disse e onde foi publicado. Quando não tenho certeza, aviso e sugiro perguntas que sei responder.
help-ask = Pergunte o que quiser com suas próprias palavras; erros de digitação não são problema. As sugestões aparecem enquanto você digita, e os botões abaixo de cada resposta fazem perguntas relacionadas.
help-quote = O que um especialista diz, cada opinião atribuída a ele.
help-stats = Os números das pesquisas, com quem fez cada pesquisa e quantas pessoas responderam.
help-compare = CIO e CTO lado a lado, cada ponto com sua autoria.
help-topics = Sobre o que você pode perguntar, e de onde vêm as respostas.
help-learn = Um passeio guiado pelo material para novos gestores de engenharia, um cartão por etapa, e um quiz para testar o que você aprendeu; ambos privados, a menos que você use `{ $share }`.
help-message = Em qualquer mensagem: menu → Apps → *{ $command }* responde à pergunta que alguém postou, com um link para ela.
help-manage = Para gestores do servidor: as perguntas que não soube responder, como estou indo, recarregar meu conhecimento; onde respondo em público e quantas vezes cada pessoa pode perguntar.
help-private = Adicione `{ $private }: True` a qualquer comando para que só você veja a resposta. Um servidor pode tornar as respostas privadas fora dos seus canais públicos.
help-language = As respostas aparecem como foram publicadas, em inglês: são as palavras da fonte, e uma tradução colocaria palavras na boca de alguém.

## /learn

learn-unknown-title = Essa trilha não existe
learn-no-paths = Minha base de conhecimento não tem trilhas de aprendizagem.
learn-paths =
    Conheço estas trilhas:
    { $paths }
learn-gone-title = Essa trilha não existe mais
learn-gone = Minha base de conhecimento mudou desde que este cartão foi criado. Comece de novo com `/aprender`.
learn-progress = Etapa { $step } de { $steps } · { $path }
learn-skipped = { $steps ->
    [one] Uma etapa desta trilha não está mais na minha base de conhecimento, então segui em frente.
   *[other] { $steps } etapas desta trilha não estão mais na minha base de conhecimento, então segui em frente.
}
learn-end-title = Fim desta trilha
learn-end = Essa foi a última etapa. `/temas` lista tudo o mais que você pode perguntar.
learn-back = ◀ Voltar
learn-next = Próximo ▶
learn-related = Perguntas relacionadas
related-gone = Minha base de conhecimento mudou desde que este cartão foi criado. Use `/temas`.
related-title = Relacionadas a: { $question }
related-none = Nada mais na minha base de conhecimento se aproxima desta etapa.
related-pick = Escolha uma para ver a resposta (só você vai vê-la).

## /quiz

quiz-title = Quiz · { $topic }
quiz-footer = Escolha uma resposta: você verá a resposta com a fonte de qualquer jeito.
quiz-fill-in = Complete o número: “{ $finding }”
quiz-who = Quem descreveu o { $role } assim (na paráfrase do artigo): { $point }?
quiz-which = Qual papel o artigo descreve assim: { $point }?
quiz-right = Correto
quiz-wrong = Não exatamente
quiz-answer = A resposta: **{ $answer }**
quiz-next = Próxima pergunta
quiz-changed = Minha base de conhecimento mudou desde que essa pergunta foi criada; aqui vai uma nova.
quiz-not-kept = Não consegui guardar sua resposta agora (meu armazenamento está inacessível), então sua pontuação não mudou.
quiz-score = Sua pontuação: { $correct } de { $answered } · sequência { $streak } (recorde { $best })
quiz-again = você já tinha respondido esta, então ela não contou de novo
quiz-none-title = Nenhuma pergunta de quiz
quiz-none = Minha base de conhecimento não tem perguntas sobre “{ $topic }”. Tente `/quiz` sem um tema.

## 👍/👎 on an answer.

feedback-title = Obrigado pelo feedback
feedback-failed-title = Voto não registrado
feedback-gone = Obrigado! Essa resposta não está mais na minha base de conhecimento, então não há nada para registrar.
feedback-failed = Desculpe, não consegui registrar seu voto agora: meu armazenamento está inacessível. Tente de novo em um minuto.
feedback-again = Você já tinha votado nesta resposta: seu primeiro voto é o que vale.
feedback-up = Obrigado! Que bom que ajudou: os curadores vão ver seu 👍.
feedback-down = Obrigado por avisar: os curadores vão ver seu 👎 e usá-lo para melhorar minhas respostas.
feedback-no-store = Obrigado! Este bot não guarda feedback, então seu voto não foi registrado.
feedback-perhaps = Talvez uma destas responda
feedback-pick = Escolha uma para vê-la.

## /kb, for curators.

kb-unknown-title = Comando /base desconhecido
kb-unknown = Esta versão do bot conhece `/base lacunas`, `/base estatísticas` e `/base recarregar`.
kb-refused-title = Só para curadores
kb-refused = `/base` é para membros com a permissão Gerenciar servidor neste servidor.
kb-no-store-title = Nada é guardado
kb-no-store = Este bot roda com `STORE=off`, então não tem perguntas nem votos para relatar. Quem o opera pode ativar o armazenamento (veja o README).
kb-unavailable = Não consegui ler meu armazenamento agora, então não posso fazer o relatório. Enquanto isso, continuo respondendo perguntas; tente de novo em um minuto.
kb-entry-gone = `{ $id }` (não está mais na base de conhecimento)
kb-stats-title = Esta semana neste servidor
kb-stats-text = **{ $questions ->
    [0] { $questions } perguntas
    [one] { $questions } pergunta
   *[other] { $questions } perguntas
}** nos últimos 7 dias; respondidas: **{ $answered }** ({ $percent }%), recusadas: **{ $declined }**.
kb-stats-top = Mais respondidas
kb-stats-feedback = Feedback
kb-stats-footer = /base lacunas lista o que não soube responder.
# The chart /kb stats attaches. Its font (DejaVu Sans) has no CJK glyphs: a language it cannot draw gets the English labels.
chart-title = Últimos { $days } dias: { $questions } perguntas, { $percent }% respondidas, { $up } votos positivos e { $down } negativos
chart-answered = respondidas
chart-declined = recusadas
chart-up = votos positivos
chart-down = votos negativos
chart-date = { $day }/{ $month }
kb-gaps-title = Lacunas no meu conhecimento
kb-gaps-text = Em tudo o que foi guardado: { $declined ->
    [0] { $declined } perguntas recusadas
    [one] { $declined } pergunta recusada
   *[other] { $declined } perguntas recusadas
}, { $downvoted ->
    [0] { $downvoted } respostas com voto negativo
    [one] { $downvoted } resposta com voto negativo
   *[other] { $downvoted } respostas com voto negativo
} e { $unasked ->
    [0] { $unasked } entradas nunca consultadas
    [one] { $unasked } entrada nunca consultada
   *[other] { $unasked } entradas nunca consultadas
}.
kb-gaps-line = “{ $question }” → mais próxima: { $nearest }
kb-gaps-none = nenhuma
kb-gaps-declined = Recusadas, as mais perguntadas primeiro
kb-gaps-voted-down = Com voto negativo
kb-gaps-never = Nunca consultadas
kb-gaps-more = …e mais { $more }
kb-gaps-footer = O relatório completo: `cio-cto-bot gaps` onde o bot roda; `gaps --propose FILE` esboça novas entradas.
reload-done-title = Conhecimento recarregado
reload-done = Agora respondo a partir de { $entries } entradas (versão do conhecimento `{ $version }`), carregadas em { $millis } ms. As respostas montadas antes foram esquecidas; os botões criados antes ainda respondem, ou avisam que sua entrada não existe mais.
reload-unchanged-title = Nada mudou
reload-unchanged = A pasta de conhecimento contém o que já está em uso (versão `{ $version }`).
reload-invalid-title = O conhecimento não carregou
reload-invalid = O último conhecimento válido continua em uso. Corrija estes erros e recarregue de novo:
reload-bundled-title = Nada para recarregar
reload-bundled = Este bot responde a partir do conhecimento embutido nele; inicie-o com --knowledge DIR ou KNOWLEDGE_DIR para recarregar de uma pasta.

## /settings, for server managers.

settings-title = Configurações deste servidor
settings-unknown-title = Comando /configurações desconhecido
settings-unknown = Esta versão do bot conhece `/configurações ver`, `privado`, `canal-público`, `limite` e `redefinir`.
settings-range-title = Essa configuração está fora do intervalo permitido
settings-cooldown-range = O limite vai de 0 a { $questions } perguntas (0 desativa) em 1 a { $seconds } segundos.
settings-not-a-channel = Isso não é um canal.
settings-private-on = As respostas agora são privadas por padrão.
settings-private-off = As respostas não são mais privadas por padrão.
settings-cooldown-now = Limite de perguntas agora: { $cooldown }.
settings-reset-done = As configurações voltaram ao padrão.
settings-channel-added = Agora respondo em público em { $channel }.
settings-channel-removed = { $channel } não é mais um canal público.
settings-channel-unchanged = Nada a mudar em { $channel }.
settings-channel-full = Este servidor já tem { $max } canais públicos na lista: tire um da lista primeiro.
settings-replies = Respostas
settings-replies-public = Em público, em todos os canais; qualquer pessoa pode adicionar `privado: True` para ver uma resposta só para si.
settings-replies-private = Privadas: só quem perguntou vê a resposta.
settings-replies-channels = Em público nos canais abaixo; em privado em todos os outros.
settings-channels = Canais públicos
settings-channels-none = Nenhum na lista.
settings-cooldown = Limite de perguntas
settings-defaults-only = Este bot não guarda nada (`STORE=off`), então estes são os padrões, e eles não podem ser alterados.
settings-counted = Perguntas feitas com `/perguntar`, `/citar` ou um botão de pergunta contam para o limite.
settings-footer = /configurações privado · canal-público · limite · redefinir
settings-refused-title = Só para gestores do servidor
settings-refused = `/configurações` é para membros com a permissão Gerenciar servidor, em um servidor.
settings-no-store-title = As configurações precisam de armazenamento
settings-no-store = Este bot roda com `STORE=off`, então não pode guardar configurações: valem os padrões. Quem o opera pode ativar o armazenamento (veja o README).
settings-unavailable = Não consegui acessar meu armazenamento agora, então nada mudou. Enquanto isso, continuo respondendo perguntas (em privado, até conseguir ler de novo as configurações deste servidor); tente de novo em um minuto.
