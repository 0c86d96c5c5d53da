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

cmd-ask = preguntar
cmd-ask-desc = Pregunta en qué se diferencian, coinciden y colaboran los roles de CIO y CTO
cmd-quote = cita
cmd-quote-desc = Lo que dice un experto de las fuentes, atribuido a esa persona
cmd-stats = cifras
cmd-stats-desc = Las cifras de encuestas sobre los CIO y los CTO, con quién hizo la encuesta
cmd-compare = comparar
cmd-compare-desc = El CIO y el CTO frente a frente, cada punto con su autor
cmd-topics = temas
cmd-topics-desc = Sobre qué puedes preguntar
cmd-sources = fuentes
cmd-sources-desc = De dónde salen las respuestas
cmd-help = ayuda
cmd-help-desc = Cómo usar este bot
cmd-learn = aprender
cmd-learn-desc = Un recorrido guiado por el material para nuevos responsables de ingeniería, una tarjeta por paso
cmd-quiz = test
cmd-quiz-desc = Comprueba lo que has aprendido: una pregunta cada vez, con la respuesta y su fuente
cmd-kb = conocimiento
cmd-kb-desc = Para curadores: lo que me preguntaron y no supe responder, y cómo lo estoy haciendo
cmd-settings = ajustes
cmd-settings-desc = Para quien gestiona el servidor: dónde respondo en público y cada cuánto puede preguntar alguien
# The message command, in a message's Apps menu: capitals and spaces allowed, 1-32 characters.
cmd-answer-message = Responder desde el artículo

opt-question = pregunta
opt-question-desc = Tu pregunta, p. ej. “¿Quién lidera la transformación digital?” (verás sugerencias al escribir)
opt-person = persona
opt-person-desc = De quién mostrar opiniones: empieza a escribir un nombre o una organización
opt-private = privado
opt-private-desc = Mostrar la respuesta solo a ti (por defecto la ve todo el canal)
opt-path = ruta
opt-path-desc = Qué ruta (por defecto, la primera): empieza a escribir para verlas
opt-share = compartir
opt-share-learn-desc = Publicar las tarjetas en el canal (por defecto solo las ves tú)
opt-share-quiz-desc = Publicar las preguntas en el canal (por defecto solo las ves tú)
opt-topic = tema
opt-topic-desc = Sobre qué quieres que te pregunte (por defecto, un poco de todo)
opt-enabled = activado
opt-enabled-desc = True: solo quien pregunta ve las respuestas; False: las ve el canal
opt-channel = canal
opt-channel-desc = El canal
opt-public = público
opt-public-desc = True: responder allí en público; False: quitarlo de la lista
opt-questions = preguntas
opt-questions-desc = Preguntas que puede hacer una persona en el intervalo (0 desactiva el límite)
opt-seconds = segundos
opt-seconds-desc = El intervalo, en segundos

sub-kb-gaps = lagunas
sub-kb-gaps-desc = Preguntas que rechacé, respuestas con votos negativos y entradas que nadie preguntó
sub-kb-stats = estadísticas
sub-kb-stats-desc = Las preguntas de esta semana, cuántas respondí, las respuestas más pedidas y los votos
sub-kb-reload = recargar
sub-kb-reload-desc = Volver a leer la carpeta de conocimiento; si falla, sigue en uso la última versión válida
sub-settings-show = ver
sub-settings-show-desc = Ver los ajustes de este servidor
sub-settings-private = privado
sub-settings-private-desc = Responder en privado por defecto, salvo en los canales públicos
sub-settings-public-channel = canal-público
sub-settings-public-channel-desc = Responder en público en un canal; con uno en la lista, en privado en los demás
sub-settings-cooldown = límite
sub-settings-cooldown-desc = Cuántas preguntas puede hacer una persona en un intervalo (0: sin límite)
sub-settings-reset = restablecer
sub-settings-reset-desc = Volver a los ajustes predeterminados de este servidor

quiz-topic-any = Un poco de todo
quiz-topic-figures = Cifras de encuestas
quiz-topic-people = ¿Quién lo dijo?
quiz-topic-roles = ¿CIO o CTO?
quiz-topic-facts = Datos y cifras

## Shared by many replies.

field-who = Quién lo dijo
field-source = Fuente
# Who said it and where it was published, around the names and titles as the source gives them.
credit-survey = Encuesta de { $run_by } a { $respondents } { $population }
credit-article = { $publisher } (el propio artículo)
citation = “{ $title }”, publicado por { $publisher }
# Said once in a reply whose chrome is translated: the answer itself is the source's English.
as-published = Respuesta tal como se publicó, en inglés
quoted = “{ $text }”
list-or = { $first } o { $last }
# Between the items of a list but the last two.
list-comma = {", "}

## /ask: an answer.

kind-fact = dato
kind-survey-figure = cifra de encuesta
kind-view = opinión atribuida
kind-person = persona
answer-footer = { $kind } · confianza { $confidence }
you-asked-footer = Has preguntado: { $question } · { $rest }
unnamed-task = esta tarea
unnamed-line = El artículo no dice quién se encarga de { $task }. Lo que dice sobre quién se ocupa de ese tipo de trabajo:

## /ask: a decline.

declined-title = No tengo una respuesta con fuente
decline-empty = Hazme una pregunta sobre en qué se diferencian, coinciden y colaboran los roles de CIO y CTO.
decline-no-match = No tengo una respuesta con fuente para eso. Solo respondo a partir de mi base de conocimiento, y nada en ella se ajusta lo bastante a tu pregunta.
decline-not-said = No tengo una respuesta con fuente para eso: mis fuentes no lo dicen. Abajo tienes el dato más cercano que dan.
you-asked = Has preguntado: “{ $question }”
missing-line = Nada sobre { $words }.
did-you-mean = ¿Querías decir alguna de estas?
# Added to a decline in every language but English: the matcher reads English.
decline-english-hint = Leo las preguntas en inglés, el idioma de mis fuentes.
closest-fact = El dato más cercano: { $question }
declined-footer = /temas muestra lo que puedo responder; /ayuda explica los comandos.

## Answer from the article (the message command).

message-answering = Respondo al mensaje de { $author }: { $link }
message-own-title = Ese mensaje es mío
message-own = Respondo a las preguntas que publica la gente, no a mis propias respuestas. Elige el mensaje que hace la pregunta o pregúntame con `/preguntar`.
message-empty-title = No hay texto que responder
message-empty = Ese mensaje no tiene texto que yo pueda leer (solo imágenes o contenido insertado). Hazme la pregunta con `/preguntar`.
message-long-title = Ese mensaje es demasiado largo
message-long = Respondo preguntas de { $max } caracteres como máximo, y ese mensaje tiene { $chars }. Hazme solo la pregunta con `/preguntar`.

## Things that go wrong.

failed-title = Algo ha salido mal
failed = No he podido elaborar una respuesta a eso. Inténtalo de nuevo.
entry-gone-title = Esa pregunta ya no está
entry-gone = Mi base de conocimiento ha cambiado desde que se creó ese botón. Prueba `/temas` para ver lo que puedo responder ahora.
unsupported-title = No puedo hacer eso
unsupported = No sé gestionar esa interacción. Prueba `/ayuda` para ver lo que puedo hacer.
store-unreachable-title = No puedo acceder al almacenamiento
slow-down-title = Más despacio
slow-down = Este servidor permite { $cooldown }. Puedes volver a preguntar dentro de { $seconds } s.
cooldown-off = desactivado: cualquiera puede preguntar tantas veces como quiera
cooldown-on = { $questions ->
    [one] { $questions } pregunta
   *[other] { $questions } preguntas
} cada { $seconds } s por persona

## /quote

quote-unknown-title = Persona desconocida
quote-unknown =
    No tengo opiniones de “{ $person }”. Las personas de mis fuentes son:
    { $people }
quote-views = Sus opiniones en la fuente
quote-footer = La fuente parafrasea a sus expertos: son opiniones atribuidas, no citas literales.

## /stats

stats-survey = Realizada por { $run_by }; { $respondents } participantes ({ $population }). Las cifras tal como aparecen en “{ $title }”, publicado por { $publisher }.
stats-footer = Pregunta por cualquier cifra con /preguntar para verla con su fuente y preguntas relacionadas.
stats-other-title = Otras cifras
stats-other = Cifras que da “{ $title }”, publicado por { $publisher }, sin nombrar la encuesta de la que proceden.
stats-none-title = No hay cifras de encuestas
stats-none = Mi base de conocimiento no tiene cifras de encuestas.

## /compare

compare-title = CIO vs. CTO
compare-intro = Cómo contrastan las fuentes los dos roles. Cada punto indica quién lo planteó.
compare-the-article = el artículo
compare-footer = Fuente: { $sources }
compare-none-title = Nada que comparar
compare-none = Mi base de conocimiento no tiene ninguna tabla comparativa.

## /topics

topics-title = Qué puedes preguntarme
topics-intro = Respondo a partir de { $entries } entradas: { $facts } datos, { $figures } cifras de encuestas, { $views } opiniones atribuidas y { $people } personas. Algunas preguntas para empezar:
topics-facts = Datos
topics-figures = Cifras de encuestas
topics-views = Opiniones de expertos
topics-people = Personas (prueba /cita)
topics-footer = Pregunta con /preguntar; verás sugerencias mientras escribes.

## /sources

sources-published-by = Publicado por
sources-taken = Lo que he extraído
sources-entries = { $entries } entradas
sources-people = Personas citadas
sources-surveys = Encuestas citadas
sources-note = Nota
sources-footer = Cada respuesta indica su fuente; las opiniones de los expertos las parafrasea la fuente, nunca son citas literales.
sources-none-title = No hay fuentes
sources-none = Mi base de conocimiento está vacía.

## /help: each field is named after a command as the member's client shows it.

help-title = Cómo usar este bot
help-intro = Respondo preguntas sobre en qué se diferencian, coinciden y colaboran los roles de CIO y CTO, solo a partir de mis fuentes, y siempre digo quién lo dijo y dónde se publicó. Cuando no estoy seguro, lo digo y te sugiero preguntas que sí puedo responder.
help-ask = Pregunta lo que quieras con tus propias palabras; no pasa nada si hay erratas. Verás sugerencias mientras escribes, y los botones bajo cada respuesta hacen preguntas relacionadas.
help-quote = Lo que dice un experto, con cada opinión atribuida a esa persona.
help-stats = Las cifras de encuestas, con quién hizo la encuesta y cuántas personas respondieron.
help-compare = El CIO y el CTO frente a frente, cada punto con su autor.
help-topics = Sobre qué puedes preguntar y de dónde salen las respuestas.
help-learn = Un recorrido guiado por el material para nuevos responsables de ingeniería, una tarjeta por paso, y un test para comprobar lo que has aprendido; ambos son privados salvo que los compartas con `{ $share }`.
help-message = En cualquier mensaje: su menú → Aplicaciones → *{ $command }* responde a la pregunta que alguien publicó, con un enlace a ella.
help-manage = Para quien gestiona el servidor: las preguntas que no supe responder, cómo lo estoy haciendo, recargar mi conocimiento; dónde respondo en público y cada cuánto puede preguntar alguien.
help-private = Añade `{ $private }: True` a cualquier comando para que solo tú veas la respuesta. Un servidor puede hacer privadas las respuestas fuera de sus canales públicos.
help-language = Las respuestas se dan tal como se publicaron, en inglés: son las palabras de la fuente, y traducirlas sería poner palabras en boca de alguien.

## /learn

learn-unknown-title = No existe esa ruta de aprendizaje
learn-no-paths = Mi base de conocimiento no tiene rutas de aprendizaje.
learn-paths =
    Conozco estas rutas:
    { $paths }
learn-gone-title = Esa ruta de aprendizaje ya no está
learn-gone = Mi base de conocimiento ha cambiado desde que se creó esta tarjeta. Vuelve a empezar con `/aprender`.
learn-progress = Paso { $step } de { $steps } · { $path }
learn-skipped = { $steps ->
    [one] Un paso de esta ruta ya no está en mi base de conocimiento, así que lo he saltado.
   *[other] { $steps } pasos de esta ruta ya no están en mi base de conocimiento, así que los he saltado.
}
learn-end-title = Fin de esta ruta
learn-end = Ese era el último paso. `/temas` muestra todo lo demás que puedes preguntar.
learn-back = ◀ Atrás
learn-next = Siguiente ▶
learn-related = Preguntas relacionadas
related-gone = Mi base de conocimiento ha cambiado desde que se creó esta tarjeta. Prueba `/temas`.
related-title = Relacionado con: { $question }
related-none = No hay nada más en mi base de conocimiento que se acerque a este paso.
related-pick = Elige una para ver su respuesta (solo la verás tú).

## /quiz

quiz-title = Test · { $topic }
quiz-footer = Elige una respuesta: verás la respuesta con su fuente en cualquier caso.
quiz-fill-in = Completa la cifra: “{ $finding }”
quiz-who = ¿Quién describió así al { $role } (según la paráfrasis del artículo): { $point }?
quiz-which = ¿Qué rol describe así el artículo: { $point }?
quiz-right = Correcto
quiz-wrong = No exactamente
quiz-answer = La respuesta: **{ $answer }**
quiz-next = Siguiente pregunta
quiz-changed = Mi base de conocimiento ha cambiado desde que se creó esa pregunta; aquí tienes una nueva.
quiz-not-kept = No he podido guardar tu respuesta ahora mismo (no puedo acceder a mi almacenamiento), así que tu puntuación no ha cambiado.
quiz-score = Tu puntuación: { $correct } de { $answered } · racha { $streak } (mejor { $best })
quiz-again = ya habías respondido a esta, así que no ha vuelto a contar
quiz-none-title = No hay preguntas de test
quiz-none = Mi base de conocimiento no tiene preguntas de “{ $topic }”. Prueba `/test` sin tema.

## 👍/👎 on an answer.

feedback-title = Gracias por tu opinión
feedback-failed-title = Voto no registrado
feedback-gone = ¡Gracias! Esa respuesta ya no está en mi base de conocimiento, así que no hay nada que registrar.
feedback-failed = Lo siento, no he podido registrar tu voto ahora mismo: no puedo acceder a mi almacenamiento. Inténtalo de nuevo dentro de un minuto.
feedback-again = Ya habías votado esta respuesta: se mantiene tu primer voto.
feedback-up = ¡Gracias! Me alegro de haberte ayudado: los curadores verán tu 👍.
feedback-down = Gracias por decírmelo: los curadores verán tu 👎 y lo usarán para mejorar mis respuestas.
feedback-no-store = ¡Gracias! Este bot no guarda opiniones, así que tu voto no se ha registrado.
feedback-perhaps = Quizá alguna de estas respuestas lo resuelva
feedback-pick = Elige una para verla.

## /kb, for curators.

kb-unknown-title = Comando /conocimiento desconocido
kb-unknown = Esta versión del bot conoce `/conocimiento lagunas`, `/conocimiento estadísticas` y `/conocimiento recargar`.
kb-refused-title = Solo para curadores
kb-refused = `/conocimiento` es para miembros con el permiso Gestionar servidor en este servidor.
kb-no-store-title = No se guarda nada
kb-no-store = Este bot funciona con `STORE=off`, así que no tiene preguntas ni votos de los que informar. Su operador puede activar el almacenamiento (consulta el README).
kb-unavailable = No he podido leer mi almacenamiento ahora mismo, así que no puedo informar sobre él. Mientras tanto sigo respondiendo preguntas; inténtalo de nuevo dentro de un minuto.
kb-entry-gone = `{ $id }` (ya no está en la base de conocimiento)
kb-stats-title = Esta semana en este servidor
kb-stats-text = **{ $questions ->
    [one] { $questions } pregunta
   *[other] { $questions } preguntas
}** en los últimos 7 días; **{ $answered }** respondidas ({ $percent } %), **{ $declined }** rechazadas.
kb-stats-top = Las más respondidas
kb-stats-feedback = Valoraciones
kb-stats-footer = /conocimiento lagunas muestra lo que no he podido responder.
# The chart /kb stats attaches. Its font (DejaVu Sans) has no CJK glyphs: a language it cannot draw gets the English labels.
chart-title = Últimos { $days } días: { $questions } preguntas, { $percent } % respondidas, { $up } votos positivos y { $down } negativos
chart-answered = respondidas
chart-declined = rechazadas
chart-up = votos positivos
chart-down = votos negativos
chart-date = { $day }/{ $month }
kb-gaps-title = Lagunas en mi conocimiento
kb-gaps-text = En todo lo guardado: { $declined ->
    [one] { $declined } pregunta rechazada
   *[other] { $declined } preguntas rechazadas
}, { $downvoted ->
    [one] { $downvoted } respuesta con votos negativos
   *[other] { $downvoted } respuestas con votos negativos
} y { $unasked ->
    [one] { $unasked } entrada que nadie ha preguntado
   *[other] { $unasked } entradas que nadie ha preguntado
}.
kb-gaps-line = “{ $question }” → la más cercana: { $nearest }
kb-gaps-none = ninguna
kb-gaps-declined = Rechazadas, las más preguntadas primero
kb-gaps-voted-down = Con votos negativos
kb-gaps-never = Nunca preguntadas
kb-gaps-more = …y { $more } más
kb-gaps-footer = El informe completo: `cio-cto-bot gaps` donde se ejecuta el bot; `gaps --propose FILE` redacta entradas nuevas.
reload-done-title = Conocimiento recargado
reload-done = Ahora respondo a partir de { $entries } entradas (versión del conocimiento `{ $version }`), cargadas en { $millis } ms. Las respuestas elaboradas antes se olvidan; los botones creados antes siguen respondiendo, o avisan de que su entrada ya no está.
reload-unchanged-title = No ha cambiado nada
reload-unchanged = La carpeta de conocimiento contiene lo mismo que ya está en uso (versión `{ $version }`).
reload-invalid-title = El conocimiento no se ha cargado
reload-invalid = Sigue en uso el último conocimiento válido. Corrige esto y vuelve a recargar:
reload-bundled-title = Nada que recargar
reload-bundled = Este bot responde con el conocimiento que lleva integrado; inícialo con --knowledge DIR o KNOWLEDGE_DIR para recargar desde una carpeta.

## /settings, for server managers.

settings-title = Ajustes de este servidor
settings-unknown-title = Comando /ajustes desconocido
settings-unknown = Esta versión del bot conoce `/ajustes ver`, `privado`, `canal-público`, `límite` y `restablecer`.
settings-range-title = Ese ajuste está fuera de rango
settings-cooldown-range = El límite va de 0 a { $questions } preguntas (0 lo desactiva) en un intervalo de 1 a { $seconds } segundos.
settings-not-a-channel = Eso no es un canal.
settings-private-on = Ahora las respuestas son privadas por defecto.
settings-private-off = Las respuestas ya no son privadas por defecto.
settings-cooldown-now = Límite actual: { $cooldown }.
settings-reset-done = Los ajustes han vuelto a los valores predeterminados.
settings-channel-added = Ahora respondo en público en { $channel }.
settings-channel-removed = { $channel } ya no es un canal público.
settings-channel-unchanged = No hay nada que cambiar en { $channel }.
settings-channel-full = Este servidor ya tiene { $max } canales públicos en la lista: quita uno primero.
settings-replies = Respuestas
settings-replies-public = En público, en todos los canales; cualquiera puede añadir `privado: True` para que solo esa persona vea la respuesta.
settings-replies-private = Privadas: solo quien pregunta ve la respuesta.
settings-replies-channels = En público en los canales de abajo; en privado en todos los demás.
settings-channels = Canales públicos
settings-channels-none = No hay ninguno en la lista.
settings-cooldown = Límite de preguntas
settings-defaults-only = Este bot no guarda nada (`STORE=off`), así que estos son los valores predeterminados y no se pueden cambiar.
settings-counted = Las preguntas hechas con `/preguntar`, `/cita` o con un botón de pregunta cuentan para el límite.
settings-footer = /ajustes privado · canal-público · límite · restablecer
settings-refused-title = Solo para quien gestiona el servidor
settings-refused = `/ajustes` es para miembros con el permiso Gestionar servidor, dentro de un servidor.
settings-no-store-title = Los ajustes necesitan almacenamiento
settings-no-store = Este bot funciona con `STORE=off`, así que no puede guardar ajustes: se aplican los predeterminados. Su operador puede activar el almacenamiento (consulta el README).
settings-unavailable = No he podido acceder a mi almacenamiento ahora mismo, así que no ha cambiado nada. Mientras tanto sigo respondiendo preguntas (en privado, hasta que pueda volver a leer los ajustes de este servidor); inténtalo de nuevo dentro de un minuto.
