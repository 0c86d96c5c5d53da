# cio-cto-bot: the words around an answer, in Japanese (English is the fallback).
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

cmd-ask = 質問
cmd-ask-desc = CIOとCTOの役割の違い、重なり、協力のしかたについて質問します
cmd-quote = 見解
cmd-quote-desc = 出典に登場する専門家の見解を、発言者を明記して表示します
cmd-stats = 統計
cmd-stats-desc = CIOとCTOに関する調査データを、調査の実施者とあわせて表示します
cmd-compare = 比較
cmd-compare-desc = CIOとCTOを並べて比較します(各ポイントに発言者を明記)
cmd-topics = トピック
cmd-topics-desc = 質問できる内容
cmd-sources = 出典
cmd-sources-desc = 回答の出典
cmd-help = ヘルプ
cmd-help-desc = このボットの使い方
cmd-learn = 学習
cmd-learn-desc = 新任のエンジニアリングマネージャー向けの学習コース。カード1枚ずつ順を追って学べます
cmd-quiz = クイズ
cmd-quiz-desc = 学んだ内容を確認: 1問ずつ出題し、出典つきの答えを表示します
cmd-kb = ナレッジ
cmd-kb-desc = キュレーター向け: 答えられなかった質問と、私の回答状況
cmd-settings = 設定
cmd-settings-desc = サーバー管理者向け: 公開で回答する場所と、1人が質問できる頻度
# The message command, in a message's Apps menu: capitals and spaces allowed, 1-32 characters.
cmd-answer-message = 記事から回答

opt-question = 質問文
opt-question-desc = 質問を入力(例:「デジタル変革の責任者は誰?」)。入力中に候補が表示されます
opt-person = 人物
opt-person-desc = 誰の見解を表示するか: 名前か組織名を入力してください
opt-private = 非公開
opt-private-desc = 返信をあなただけに表示します(既定ではチャンネル全体に表示)
opt-path = コース
opt-path-desc = どのコースか(既定は最初のコース): 入力すると一覧が表示されます
opt-share = 共有
opt-share-learn-desc = カードをチャンネルに投稿します(既定ではあなただけに表示)
opt-share-quiz-desc = 問題をチャンネルに投稿します(既定ではあなただけに表示)
opt-topic = テーマ
opt-topic-desc = 出題するテーマ(既定ではすべてから出題)
opt-enabled = 有効
opt-enabled-desc = True: 質問した人にだけ返信を表示、False: チャンネル全体に表示
opt-channel = チャンネル
opt-channel-desc = 対象のチャンネル
opt-public = 公開
opt-public-desc = True: そのチャンネルで公開回答する、False: 一覧から外す
opt-questions = 質問数
opt-questions-desc = 期間内に1人が質問できる回数(0でクールダウンを無効化)
opt-seconds = 秒数
opt-seconds-desc = 期間の長さ(秒)

sub-kb-gaps = ギャップ
sub-kb-gaps-desc = 回答を見送った質問、低評価の回答、誰にも聞かれていない項目
sub-kb-stats = 利用状況
sub-kb-stats-desc = 今週の質問数、回答できた割合、よく使われた回答と評価
sub-kb-reload = 再読み込み
sub-kb-reload-desc = ナレッジフォルダーを読み込み直します。失敗した場合は前回の正常な内容を使い続けます
sub-settings-show = 表示
sub-settings-show-desc = このサーバーの設定を表示します
sub-settings-private = 非公開
sub-settings-private-desc = 公開チャンネル以外では、既定で非公開で回答します
sub-settings-public-channel = 公開チャンネル
sub-settings-public-channel-desc = チャンネルで公開回答します。1つでも登録すると、それ以外では非公開で回答します
sub-settings-cooldown = クールダウン
sub-settings-cooldown-desc = 一定時間内に1人が質問できる回数(0: 無制限)
sub-settings-reset = リセット
sub-settings-reset-desc = このサーバーの設定を既定に戻します

quiz-topic-any = すべてから出題
quiz-topic-figures = 調査データ
quiz-topic-people = 誰の発言?
quiz-topic-roles = CIOかCTOか?
quiz-topic-facts = 事実とデータ

## Shared by many replies.

field-who = 発言者
field-source = 出典
# Who said it and where it was published, around the names and titles as the source gives them.
credit-survey = { $run_by }の調査（{ $population }、{ $respondents }人）
credit-article = { $publisher }（記事本文）
citation = 「{ $title }」、{ $publisher }掲載
# Said once in a reply whose chrome is translated: the answer itself is the source's English.
as-published = 回答は出典に掲載されたまま、英語で表示しています
quoted = 「{ $text }」
list-or = { $first }または{ $last }
# Between the items of a list but the last two.
list-comma = 、

## /ask: an answer.

kind-fact = 事実
kind-survey-figure = 調査データ
kind-view = 専門家の見解
kind-person = 人物
answer-footer = { $kind } · 信頼度 { $confidence }
you-asked-footer = 質問: { $question } · { $rest }
unnamed-task = この作業
unnamed-line = 記事では{ $task }には触れていません。その種の業務を誰が担当するかについて、記事の記述は次のとおりです:

## /ask: a decline.

declined-title = 出典にもとづく回答がありません
decline-empty = CIOとCTOの役割の違い、重なり、協力のしかたについて質問してください。
decline-no-match = その質問には、出典にもとづく回答がありません。私はナレッジベースからのみ回答しますが、質問に十分一致する内容が見つかりませんでした。
decline-not-said = その質問には、出典にもとづく回答がありません。出典にその記載がないためです。最も近い事実を下に示します。
you-asked = 質問:「{ $question }」
missing-line = { $words }についての記載はありません。
did-you-mean = もしかして、次のどれかですか?
# Added to a decline in every language but English: the matcher reads English.
decline-english-hint = 質問は英語で読みます（出典が英語のためです）。
closest-fact = 最も近い事実: { $question }
declined-footer = /トピック で答えられる内容を、/ヘルプ でコマンドの説明を確認できます。

## Answer from the article (the message command).

message-answering = { $author }さんのメッセージに回答します: { $link }
message-own-title = それは私のメッセージです
message-own = 私が回答するのは皆さんが投稿した質問で、自分の返信には回答しません。質問しているメッセージを選ぶか、`/質問` で質問してください。
message-empty-title = 回答できるテキストがありません
message-empty = このメッセージには、私が読めるテキストがありません(画像や埋め込みのみです)。`/質問` で質問してください。
message-long-title = メッセージが長すぎます
message-long = 回答できる質問は{ $max }文字までですが、このメッセージは{ $chars }文字あります。質問の部分だけを `/質問` で送ってください。

## Things that go wrong.

failed-title = エラーが発生しました
failed = 返信を作成できませんでした。もう一度お試しください。
entry-gone-title = その質問はなくなりました
entry-gone = このボタンが作られた後に、ナレッジベースが変更されました。`/トピック` で、今答えられる内容を確認してください。
unsupported-title = その操作には対応していません
unsupported = この操作の処理方法がわかりません。`/ヘルプ` で、私にできることを確認してください。
store-unreachable-title = ストアに接続できません
slow-down-title = 少し待ってください
slow-down = このサーバーで質問できるのは{ $cooldown }です。{ $seconds }秒後にもう一度質問できます。
cooldown-off = オフ(誰でも何回でも質問できます)
cooldown-on = 1人あたり{ $seconds }秒ごとに{ $questions ->
   *[other] { $questions }件
}まで

## /quote

quote-unknown-title = 不明な人物
quote-unknown =
    「{ $person }」の見解はありません。出典に登場する人物は次のとおりです:
    { $people }
quote-views = 出典に掲載された見解
quote-footer = 出典は専門家の発言を要約しています。これらは発言者を明記した見解であり、逐語的な引用ではありません。

## /stats

stats-survey = 調査の実施者: { $run_by }。回答者数: { $respondents }({ $population })。数値は、{ $publisher } が掲載した「{ $title }」の報告どおりです。
stats-footer = どの数値についても /質問 で尋ねると、出典と関連する質問とあわせて表示します。
stats-other-title = その他のデータ
stats-other = { $publisher } が掲載した「{ $title }」に、元の調査を明示せずに記載されている数値です。
stats-none-title = 調査データがありません
stats-none = ナレッジベースに調査データがありません。

## /compare

compare-title = CIO vs CTO
compare-intro = 出典が2つの役割をどう対比しているかを示します。各ポイントには発言者を明記しています。
compare-the-article = 記事
compare-footer = 出典: { $sources }
compare-none-title = 比較するものがありません
compare-none = ナレッジベースに比較表がありません。

## /topics

topics-title = 質問できること
topics-intro = { $entries }件の項目から回答します: 事実 { $facts }件、調査データ { $figures }件、専門家の見解 { $views }件、人物 { $people }人。まずはこんな質問から:
topics-facts = 事実
topics-figures = 調査データ
topics-views = 専門家の見解
topics-people = 人物(/見解 をお試しください)
topics-footer = /質問 で質問してください。入力中に候補が表示されます。

## /sources

sources-published-by = 掲載元
sources-taken = 取り込んだ内容
sources-entries = { $entries }件の項目
sources-people = 登場する人物
sources-surveys = 引用されている調査
sources-note = 注記
sources-footer = すべての回答に出典を示しています。専門家の見解は出典による要約であり、直接の引用ではありません。
sources-none-title = 出典がありません
sources-none = ナレッジベースが空です。

## /help: each field is named after a command as the member's client shows it.

help-title = このボットの使い方
help-intro = CIOとCTOの役割の違い、重なり、協力のしかたについての質問に、出典だけをもとに回答します。誰の発言で、どこに掲載されたものかを必ず示します。確信が持てないときはそう伝え、答えられる質問を提案します。
help-ask = 自分の言葉で何でも質問してください。誤字があっても大丈夫です。入力中に候補が表示され、各回答の下のボタンから関連する質問ができます。
help-quote = 1人の専門家の見解を、それぞれ発言者を明記して表示します。
help-stats = 調査データを、調査の実施者と回答者数とあわせて表示します。
help-compare = CIOとCTOを並べて比較します。各ポイントに発言者を明記します。
help-topics = 質問できる内容と、回答の出典。
help-learn = 新任のエンジニアリングマネージャー向けに、カード1枚ずつ順を追って内容を学べます。学んだことを確かめるクイズもあります。どちらも `{ $share }` を指定しない限り、あなただけに表示されます。
help-message = 任意のメッセージで、メニュー → アプリ → *{ $command }* を選ぶと、投稿された質問にリンクつきで回答します。
help-manage = サーバー管理者向け: 答えられなかった質問、私の回答状況、ナレッジの再読み込み、公開で回答するチャンネル、1人が質問できる頻度。
help-private = どのコマンドでも `{ $private }: True` を付けると、返信があなただけに表示されます。サーバーによっては、公開チャンネル以外での返信を非公開にしている場合があります。
help-language = 回答は出典に掲載されたまま、英語で表示します。それは出典の言葉そのものであり、翻訳すると、言っていないことを誰かに言わせてしまうおそれがあるからです。

## /learn

learn-unknown-title = そのような学習コースはありません
learn-no-paths = ナレッジベースに学習コースがありません。
learn-paths =
    次の学習コースがあります:
    { $paths }
learn-gone-title = その学習コースはなくなりました
learn-gone = このカードが作られた後に、ナレッジベースが変更されました。`/学習` からやり直してください。
learn-progress = ステップ { $step }/{ $steps } · { $path }
learn-skipped = { $steps ->
   *[other] このコースのステップのうち{ $steps }件がナレッジベースからなくなっていたため、先に進みました。
}
learn-end-title = このコースはここまでです
learn-end = これが最後のステップでした。ほかに質問できることは `/トピック` で確認できます。
learn-back = ◀ 戻る
learn-next = 次へ ▶
learn-related = 関連する質問
related-gone = このカードが作られた後に、ナレッジベースが変更されました。`/トピック` をお試しください。
related-title = 関連: { $question }
related-none = ナレッジベースには、このステップに近い内容はほかにありません。
related-pick = 1つ選ぶと回答が表示されます(あなただけに表示されます)。

## /quiz

quiz-title = クイズ · { $topic }
quiz-footer = 答えを選んでください。どれを選んでも、出典つきの答えが表示されます。
quiz-fill-in = 数値を埋めてください:「{ $finding }」
quiz-who = { $role }を「{ $point }」と説明したのは誰でしょう?(記事による要約)
quiz-which = 記事が「{ $point }」と説明しているのは、どちらの役割でしょう?
quiz-right = 正解
quiz-wrong = 惜しい
quiz-answer = 答え: **{ $answer }**
quiz-next = 次の問題
quiz-changed = 問題の作成後にナレッジベースが変更されたため、新しい問題を出します。
quiz-not-kept = ストアに接続できず、今は回答を記録できませんでした。スコアは変わっていません。
quiz-score = スコア: { $answered }問中{ $correct }問正解 · 連続正解 { $streak }(最高 { $best })
quiz-again = この問題には回答済みのため、再度はカウントしませんでした
quiz-none-title = クイズの問題がありません
quiz-none = ナレッジベースに「{ $topic }」の問題がありません。テーマを指定せずに `/クイズ` をお試しください。

## 👍/👎 on an answer.

feedback-title = フィードバックありがとうございます
feedback-failed-title = 評価を記録できませんでした
feedback-gone = ありがとうございます!その回答はもうナレッジベースにないため、記録するものがありません。
feedback-failed = すみません、ストアに接続できないため、今は評価を記録できませんでした。1分ほどしてから、もう一度お試しください。
feedback-again = この回答はすでに評価済みです。最初の評価が有効です。
feedback-up = ありがとうございます!お役に立ててうれしいです。あなたの👍はキュレーターに届きます。
feedback-down = 教えてくださってありがとうございます。あなたの👎はキュレーターに届き、回答の改善に役立てられます。
feedback-no-store = ありがとうございます!このボットはフィードバックを保存しないため、評価は記録されませんでした。
feedback-perhaps = こちらの回答が役に立つかもしれません
feedback-pick = 1つ選ぶと表示されます。

## /kb, for curators.

kb-unknown-title = 不明な /ナレッジ コマンド
kb-unknown = このバージョンのボットで使えるのは `/ナレッジ ギャップ`、`/ナレッジ 利用状況`、`/ナレッジ 再読み込み` です。
kb-refused-title = キュレーター専用です
kb-refused = `/ナレッジ` は、このサーバーで「サーバー管理」権限を持つメンバー専用です。
kb-no-store-title = 何も保存されていません
kb-no-store = このボットは `STORE=off` で動作しているため、報告できる質問や評価がありません。運用者はストアを有効にできます(README を参照)。
kb-unavailable = 今はストアを読み込めないため、報告できません。その間も質問への回答は続けます。1分ほどしてから、もう一度お試しください。
kb-entry-gone = `{ $id }`(ナレッジにはもうありません)
kb-stats-title = このサーバーの今週の状況
kb-stats-text = 過去7日間の質問: **{ $questions ->
   *[other] { $questions }件
}**。うち **{ $answered }件** に回答({ $percent }%)、**{ $declined }件** は回答を見送りました。
kb-stats-top = よく回答した質問
kb-stats-feedback = フィードバック
kb-stats-footer = /ナレッジ ギャップ で、答えられなかった質問を確認できます。
# The chart /kb stats attaches. Its font (DejaVu Sans) has no CJK glyphs: a language it cannot draw gets the English labels.
chart-title = 過去{ $days }日間: 質問{ $questions }件、回答率{ $percent }%、高評価{ $up }件、低評価{ $down }件
chart-answered = 回答
chart-declined = 回答なし
chart-up = 高評価
chart-down = 低評価
chart-date = { $month }/{ $day }
kb-gaps-title = ナレッジのギャップ
kb-gaps-text = 保存されている全期間: 回答を見送った質問 { $declined ->
   *[other] { $declined }件
}、低評価の回答 { $downvoted ->
   *[other] { $downvoted }件
}、誰にも聞かれていない項目 { $unasked ->
   *[other] { $unasked }件
}。
kb-gaps-line = 「{ $question }」→ 最も近い項目: { $nearest }
kb-gaps-none = なし
kb-gaps-declined = 回答を見送った質問(多い順)
kb-gaps-voted-down = 低評価
kb-gaps-never = 一度も聞かれていない項目
kb-gaps-more = …ほか{ $more }件
kb-gaps-footer = 完全なレポートは、ボットが動いている環境で `cio-cto-bot gaps` を実行してください。`gaps --propose FILE` で新しい項目の下書きを作成できます。
reload-done-title = ナレッジを再読み込みしました
reload-done = { $entries }件の項目から回答しています(ナレッジのバージョン `{ $version }`、読み込み時間 { $millis } ms)。以前に作成した返信は破棄しました。以前に作られたボタンは引き続き回答するか、項目がなくなったことを伝えます。
reload-unchanged-title = 変更はありません
reload-unchanged = ナレッジフォルダーの内容は、現在使用中のものと同じです(バージョン `{ $version }`)。
reload-invalid-title = ナレッジを読み込めませんでした
reload-invalid = 前回の正常なナレッジを引き続き使用します。次の問題を修正してから、もう一度再読み込みしてください:
reload-bundled-title = 再読み込みするものがありません
reload-bundled = このボットは組み込みのナレッジから回答しています。フォルダーから再読み込みするには、--knowledge DIR または KNOWLEDGE_DIR を指定して起動してください。

## /settings, for server managers.

settings-title = このサーバーの設定
settings-unknown-title = 不明な /設定 コマンド
settings-unknown = このバージョンのボットで使えるのは `/設定 表示`、`非公開`、`公開チャンネル`、`クールダウン`、`リセット` です。
settings-range-title = 設定値が範囲外です
settings-cooldown-range = クールダウンは、1〜{ $seconds }秒の間に0〜{ $questions }件の質問です(0で無効)。
settings-not-a-channel = それはチャンネルではありません。
settings-private-on = 返信を既定で非公開にしました。
settings-private-off = 返信の既定の非公開を解除しました。
settings-cooldown-now = クールダウンを設定しました: { $cooldown }
settings-reset-done = 設定を既定に戻しました。
settings-channel-added = { $channel } で公開回答するようになりました。
settings-channel-removed = { $channel } は公開チャンネルではなくなりました。
settings-channel-unchanged = { $channel } について変更はありません。
settings-channel-full = このサーバーにはすでに{ $max }個の公開チャンネルが登録されています。先にどれかを一覧から外してください。
settings-replies = 返信
settings-replies-public = すべてのチャンネルで公開。誰でも `非公開: True` を付ければ、自分だけに返信を表示できます。
settings-replies-private = 非公開: 質問した人にだけ返信が表示されます。
settings-replies-channels = 下のチャンネルでは公開、それ以外では非公開。
settings-channels = 公開チャンネル
settings-channels-none = 登録なし。
settings-cooldown = クールダウン
settings-defaults-only = このボットは何も保存しない(`STORE=off`)ため、これらは既定値で、変更できません。
settings-counted = `/質問`、`/見解`、または質問ボタンでの質問が、クールダウンの対象になります。
settings-footer = /設定 非公開 · 公開チャンネル · クールダウン · リセット
settings-refused-title = サーバー管理者専用です
settings-refused = `/設定` は、サーバー内で「サーバー管理」権限を持つメンバー専用です。
settings-no-store-title = 設定にはストアが必要です
settings-no-store = このボットは `STORE=off` で動作しているため、設定を保存できません。既定値が適用されます。運用者はストアを有効にできます(README を参照)。
settings-unavailable = 今はストアに接続できないため、何も変更されませんでした。その間も質問への回答は続けます(このサーバーの設定を再び読み込めるまでは非公開で)。1分ほどしてから、もう一度お試しください。
