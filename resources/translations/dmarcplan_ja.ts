<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Plan, lint and simulate SPF, DKIM and DMARC before you deploy.</source>
        <translation>SPF・DKIM・DMARC を公開する前に、設計・チェック・シミュレーションを行います。</translation>
    </message>
    <message>
        <source>Render every view to PNG files in DIR and exit.</source>
        <translation>すべての画面を DIR に PNG ファイルとして保存して終了します。</translation>
    </message>
    <message>
        <source>Use LANG (en, ja) this time.</source>
        <translation>今回だけ LANG（en、ja）の言語で起動します。</translation>
    </message>
    <message>
        <source>A plan file to open.</source>
        <translation>開くプランファイル。</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{name} is outside the loaded zones and live DNS is off (--offline): treated as non-existent</source>
        <translation>{name} は読み込んだゾーンの外にあり、DNS への問い合わせが無効（--offline）のため、存在しないものとして扱いました</translation>
    </message>
    <message>
        <source>DNS query for {name} {type} failed: {error}</source>
        <translation>{name} の {type} レコードの DNS 問い合わせに失敗しました: {error}</translation>
    </message>
    <message>
        <source>Check the name server settings and try again.</source>
        <translation>ネームサーバーの設定を確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>LiveCheck</name>
    <message>
        <source>DKIM selector %1</source>
        <translation>DKIM セレクタ %1</translation>
    </message>
    <message>
        <source>DNS error</source>
        <translation>DNS エラー</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未公開</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>%1 has no such record</source>
        <translation>%1 には該当するレコードがありません</translation>
    </message>
    <message numerus="yes">
        <source>%n mail server(s)</source>
        <translation>
            <numerusform>メールサーバー %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>TTL %1 s</source>
        <translation>TTL %1 秒</translation>
    </message>
    <message>
        <source>several records</source>
        <translation>複数のレコード</translation>
    </message>
    <message>
        <source>%1 publishes %2 records; receivers ignore all of them</source>
        <translation>%1 に %2 件のレコードが公開されています。受信側はそのすべてを無視します</translation>
    </message>
    <message>
        <source>published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source>DNS settings</source>
        <translation>DNS 設定</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>pass</source>
        <translation>pass（成功）</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail（失敗）</translation>
    </message>
    <message>
        <source>softfail</source>
        <translation>softfail（弱い失敗）</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral（判定なし）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none（レコードなし）</translation>
    </message>
    <message>
        <source>temperror</source>
        <translation>temperror（一時エラー）</translation>
    </message>
    <message>
        <source>permerror</source>
        <translation>permerror（恒久エラー）</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&quot;%1&quot; is not an IP address with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53)</source>
        <translation>「%1」は IP アドレス（ポート番号は省略可）の形式ではありません（例: 192.0.2.53、192.0.2.53:5353、[2001:db8::53]:53）</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::CheckTreeModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 DNS lookups in total; SPF allows at most %2 (RFC 7208 section 4.6.4).</source>
        <translation>DNS 参照は合計 %1 回です。SPF で許される上限は %2 回です（RFC 7208 4.6.4 節）。</translation>
    </message>
    <message numerus="yes">
        <source>%n DNS lookup(s) in this branch</source>
        <translation>
            <numerusform>この枝の DNS 参照 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>DNS lookups</source>
        <translation>DNS 参照回数</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::FindingsModel</name>
    <message>
        <source>Severity: %1</source>
        <translation>重大度: %1</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
対処: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::HeaderView</name>
    <message>
        <source>Paste the headers of a message here (in your mail program: show original / view source), or drop an .eml file on this view</source>
        <translation>メールのヘッダをここに貼り付けてください（メールソフトの「メッセージのソースを表示」「原文を表示」などで表示できます）。.eml ファイルをこの画面にドロップしても読み込めます</translation>
    </message>
    <message>
        <source>Message headers</source>
        <translation>メールヘッダ</translation>
    </message>
    <message>
        <source>Paste message headers here, or drop an .eml file</source>
        <translation>ここにメールヘッダを貼り付けるか、.eml ファイルをドロップしてください</translation>
    </message>
    <message>
        <source>&amp;Open .eml...</source>
        <translation>.eml を開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Read the headers of a saved message file</source>
        <translation>保存したメールファイルからヘッダを読み込みます</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>解析(&amp;A)</translation>
    </message>
    <message>
        <source>Explain the authentication results in these headers</source>
        <translation>このヘッダに含まれる認証結果を解説します</translation>
    </message>
    <message>
        <source>&amp;Re-check against today&apos;s DNS</source>
        <translation>現在の DNS で再検証(&amp;R)</translation>
    </message>
    <message>
        <source>Also evaluate SPF, DKIM and DMARC again with the records published now</source>
        <translation>現在公開されているレコードを使って、SPF・DKIM・DMARC をもう一度評価します</translation>
    </message>
    <message>
        <source>What each authentication method found</source>
        <translation>認証方式ごとの結果</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>解析結果</translation>
    </message>
    <message>
        <source>Header analyser</source>
        <translation>ヘッダ解析</translation>
    </message>
    <message>
        <source>Open message</source>
        <translation>メールを開く</translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg *.txt);;All files (*)</source>
        <translation>メール (*.eml *.msg *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::LintView</name>
    <message>
        <source>Show only findings at or above this severity</source>
        <translation>この重大度以上の指摘だけを表示します</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>すべての指摘</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <source>Findings for the plan&apos;s records; double-click one to go to the field it is about</source>
        <translation>プランのレコードに対する指摘です。ダブルクリックすると該当する入力欄に移動します</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <source>The selected finding and how to fix it</source>
        <translation>選択した指摘とその直し方</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>修正案</translation>
    </message>
    <message>
        <source>Select a finding to see how to fix it.</source>
        <translation>指摘を選ぶと、直し方が表示されます。</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>&lt;p&gt;No automatic fix is suggested for this finding.&lt;/p&gt;</source>
        <translation>&lt;p&gt;この指摘には自動の修正案がありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;対処:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation>エラー %1 件、警告 %2 件、情報 %3 件</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::LiveCheckView</name>
    <message>
        <source>The domain to check, e.g. example.com</source>
        <translation>チェックするドメイン（例: example.com）</translation>
    </message>
    <message>
        <source>DKIM selectors to look up, separated by spaces or commas (the part before ._domainkey)</source>
        <translation>調べる DKIM セレクタ。空白かカンマで区切って入力します（._domainkey の前の部分）</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>チェック(&amp;C)</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s SPF, DMARC, MX and DKIM records now</source>
        <translation>ドメインの SPF・DMARC・MX・DKIM レコードを今すぐ問い合わせます</translation>
    </message>
    <message>
        <source>What DNS answered; expand a row to see its records and, for SPF, its includes</source>
        <translation>DNS の応答です。行を展開するとレコードが、SPF では include 先も表示されます</translation>
    </message>
    <message>
        <source>Live check results</source>
        <translation>公開状況チェックの結果</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>DKIM セレクタ(&amp;S):</translation>
    </message>
    <message>
        <source>Live check</source>
        <translation>公開状況チェック</translation>
    </message>
    <message>
        <source>Enter a domain name such as example.com.</source>
        <translation>example.com のようなドメイン名を入力してください。</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>%1 をチェックしています...</translation>
    </message>
    <message>
        <source>Asking DNS...</source>
        <translation>DNS に問い合わせています...</translation>
    </message>
    <message>
        <source>Check cancelled; the rows still waiting were not asked.</source>
        <translation>チェックを中止しました。待機中の行は問い合わせていません。</translation>
    </message>
    <message>
        <source>Check finished.</source>
        <translation>チェックが完了しました。</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::MainWindow</name>
    <message>
        <source>Views (Ctrl+1 to Ctrl+6)</source>
        <translation>画面（Ctrl+1 〜 Ctrl+6）</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Show the %1 view (Ctrl+%2)</source>
        <translation>「%1」画面を表示します（Ctrl+%2）</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Live check</source>
        <translation>公開状況チェック</translation>
    </message>
    <message>
        <source>Header analyser</source>
        <translation>ヘッダ解析</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new, empty plan</source>
        <translation>空のプランを新しく作成します</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>プランファイルを開きます</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>プランを保存します</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <source>Save the plan under a new name</source>
        <translation>プランを別の名前で保存します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Close dmarcplan</source>
        <translation>dmarcplan を終了します</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>設定(&amp;S)...</translation>
    </message>
    <message>
        <source>DNS servers, offline zone files and language</source>
        <translation>DNS サーバー、オフライン用ゾーンファイル、表示言語</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About dmarcplan</source>
        <translation>dmarcplan について(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licence of dmarcplan</source>
        <translation>dmarcplan のバージョンとライセンス</translation>
    </message>
    <message>
        <source>%1[*] - dmarcplan</source>
        <translation>%1[*] - dmarcplan</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 には保存されていない変更があります。保存しますか?</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>プランを開く</translation>
    </message>
    <message>
        <source>Plans (*.dmarcplan.json *.json)</source>
        <translation>プラン (*.dmarcplan.json *.json)</translation>
    </message>
    <message>
        <source>The plan could not be opened: %1</source>
        <translation>プランを開けませんでした: %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>プランを保存</translation>
    </message>
    <message>
        <source>Plans (*.dmarcplan.json)</source>
        <translation>プラン (*.dmarcplan.json)</translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation>プランを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>&lt;h3&gt;dmarcplan %1&lt;/h3&gt;&lt;p&gt;Plan, lint and simulate SPF, DKIM and DMARC records before you deploy them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;dmarcplan %1&lt;/h3&gt;&lt;p&gt;SPF・DKIM・DMARC レコードを DNS に公開する前に、設計・チェック・シミュレーションができるツールです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About dmarcplan</source>
        <translation>dmarcplan について</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::PlanDocument</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::PlanView</name>
    <message>
        <source>The plan file&apos;s contents</source>
        <translation>プランファイルの内容</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>New plan, not saved yet</source>
        <translation>新しいプラン（未保存）</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::RecordsModel</name>
    <message>
        <source>Host</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::RecordsView</name>
    <message>
        <source>The records to create at your DNS provider: host, type and value as their forms ask</source>
        <translation>DNS 事業者の管理画面で登録するレコードです。入力欄に合わせてホスト名・タイプ・値に分けています</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>値をコピー(&amp;V)</translation>
    </message>
    <message>
        <source>Copy the selected record&apos;s value to the clipboard</source>
        <translation>選択したレコードの値をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Copy &amp;zone snippet</source>
        <translation>ゾーン形式でコピー(&amp;Z)</translation>
    </message>
    <message>
        <source>Copy every record as zone-file lines to the clipboard</source>
        <translation>すべてのレコードをゾーンファイルの行としてクリップボードにコピーします</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>エクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>Save the zone-file lines to a file</source>
        <translation>ゾーンファイルの行をファイルに保存します</translation>
    </message>
    <message>
        <source>The records as lines of a zone file, for DNS servers you manage yourself</source>
        <translation>自分で管理している DNS サーバー向けに、レコードをゾーンファイルの形式で表示します</translation>
    </message>
    <message>
        <source>Zone-file snippet</source>
        <translation>ゾーンファイル形式</translation>
    </message>
    <message>
        <source>Host, type and value for your DNS provider&apos;s web form:</source>
        <translation>DNS 事業者の管理画面に入力するホスト名・タイプ・値:</translation>
    </message>
    <message>
        <source>The same records in zone-file form:</source>
        <translation>同じレコードのゾーンファイル形式:</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>レコードのエクスポート</translation>
    </message>
    <message>
        <source>Zone files (*.zone);;Text files (*.txt)</source>
        <translation>ゾーンファイル (*.zone);;テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>The records could not be saved: %1</source>
        <translation>レコードを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::ScenariosView</name>
    <message>
        <source>Your DMARC record</source>
        <translation>DMARC レコード</translation>
    </message>
    <message>
        <source>SPF alignment (aspf): relaxed accepts an envelope domain in the same organisation as the From domain; strict needs the exact domain</source>
        <translation>SPF のアライメント（aspf）: relaxed ではエンベロープFrom のドメインがヘッダFrom と同じ組織のドメインであれば一致とみなし、strict では完全に同じドメインが必要です</translation>
    </message>
    <message>
        <source>DKIM alignment (adkim): relaxed accepts a signing domain in the same organisation as the From domain; strict needs the exact domain</source>
        <translation>DKIM のアライメント（adkim）: relaxed では署名ドメイン（d=）がヘッダFrom と同じ組織のドメインであれば一致とみなし、strict では完全に同じドメインが必要です</translation>
    </message>
    <message>
        <source>Policy (p) for mail from your domain that fails DMARC</source>
        <translation>DMARC 認証に失敗した自ドメインのメールに対するポリシー（p）</translation>
    </message>
    <message>
        <source>Policy (sp) for mail from existing subdomains</source>
        <translation>存在するサブドメインからのメールに対するポリシー（sp）</translation>
    </message>
    <message>
        <source>Policy (np) for mail from subdomains that do not exist</source>
        <translation>存在しないサブドメインからのメールに対するポリシー（np）</translation>
    </message>
    <message>
        <source>&amp;Testing mode (t=y)</source>
        <translation>テストモード(&amp;T)（t=y）</translation>
    </message>
    <message>
        <source>Ask receivers to apply one level less than the policy while you test</source>
        <translation>テスト中は、指定したポリシーより一段階ゆるい扱いにするよう受信側に求めます</translation>
    </message>
    <message>
        <source>&amp;aspf:</source>
        <translation>aspf(&amp;A):</translation>
    </message>
    <message>
        <source>a&amp;dkim:</source>
        <translation>adkim(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;p:</source>
        <translation>p(&amp;P):</translation>
    </message>
    <message>
        <source>s&amp;p:</source>
        <translation>sp(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;np:</source>
        <translation>np(&amp;N):</translation>
    </message>
    <message>
        <source>How your mail travels</source>
        <translation>メールの配送経路</translation>
    </message>
    <message>
        <source>&amp;Sign with my own domain</source>
        <translation>自ドメインで署名する(&amp;S)</translation>
    </message>
    <message>
        <source>Your servers and providers add a DKIM signature with your domain (d=)</source>
        <translation>自社のサーバーや配信事業者が、自ドメイン（d=）の DKIM 署名を付けます</translation>
    </message>
    <message>
        <source>The algorithm of your DKIM key</source>
        <translation>DKIM 鍵のアルゴリズム</translation>
    </message>
    <message>
        <source>Forwarder uses S&amp;RS</source>
        <translation>転送サーバーが SRS を使う(&amp;R)</translation>
    </message>
    <message>
        <source>The forwarding server rewrites the envelope sender to its own domain (SRS)</source>
        <translation>転送サーバーがエンベロープFrom を自身のドメインに書き換えます（SRS）</translation>
    </message>
    <message>
        <source>List adds subject tag and &amp;footer</source>
        <translation>メーリングリストが件名タグとフッターを付ける(&amp;F)</translation>
    </message>
    <message>
        <source>The mailing list changes the subject and body, which breaks DKIM signatures</source>
        <translation>メーリングリストが件名と本文を変更するため、DKIM 署名の検証に失敗します</translation>
    </message>
    <message>
        <source>List rewrites &amp;From</source>
        <translation>メーリングリストがヘッダFrom を書き換える(&amp;M)</translation>
    </message>
    <message>
        <source>The mailing list replaces the From address with its own domain</source>
        <translation>メーリングリストがヘッダFrom のアドレスを自身のドメインのものに置き換えます</translation>
    </message>
    <message>
        <source>&amp;Key algorithm:</source>
        <translation>鍵のアルゴリズム(&amp;K):</translation>
    </message>
    <message>
        <source>One row per way a message reaches the receiver: SPF, DKIM, their alignment, the DMARC result and what the receiver does</source>
        <translation>メールが受信側に届く経路ごとに 1 行ずつ、SPF・DKIM の結果とアライメント、DMARC の結果、受信側の扱いを示します</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Why the selected scenario ends as it does, and what to change</source>
        <translation>選択したシナリオがその結果になる理由と、変えるべき点</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Select a scenario to see the SPF trace, the DKIM verification and the recommendation.</source>
        <translation>シナリオを選ぶと、SPF の評価過程、DKIM の検証内容、推奨される対策が表示されます。</translation>
    </message>
    <message>
        <source>same as p</source>
        <translation>p と同じ</translation>
    </message>
    <message>
        <source>none (monitor only)</source>
        <translation>none（監視のみ）</translation>
    </message>
    <message>
        <source>quarantine (spam folder)</source>
        <translation>quarantine（隔離・迷惑メールフォルダ）</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>reject（受信拒否）</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>relaxed（緩やか）</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strict（厳密）</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>&amp;System resolver</source>
        <translation>システムのリゾルバ(&amp;S)</translation>
    </message>
    <message>
        <source>Ask the name servers this computer is configured with (/etc/resolv.conf).</source>
        <translation>このコンピューターに設定されているネームサーバー（/etc/resolv.conf）に問い合わせます。</translation>
    </message>
    <message>
        <source>&amp;These name servers:</source>
        <translation>次のネームサーバー(&amp;T):</translation>
    </message>
    <message>
        <source>Ask only the name servers listed next to this option.</source>
        <translation>この欄に入力したネームサーバーだけに問い合わせます。</translation>
    </message>
    <message>
        <source>IP addresses of name servers, separated by commas; add :PORT for a port other than 53 (IPv6 in brackets).</source>
        <translation>ネームサーバーの IP アドレスをカンマ区切りで入力します。53 番以外のポートは :ポート番号 で指定します（IPv6 アドレスは [ ] で囲みます）。</translation>
    </message>
    <message>
        <source>Name servers</source>
        <translation>ネームサーバー</translation>
    </message>
    <message>
        <source>&amp;Offline (zone files only)</source>
        <translation>オフライン(&amp;O)（ゾーンファイルのみ）</translation>
    </message>
    <message>
        <source>Never use the network: names outside the zone files below are treated as non-existent.</source>
        <translation>ネットワークを使いません。下のゾーンファイルに含まれない名前は存在しないものとして扱います。</translation>
    </message>
    <message>
        <source>&amp;Zone files answered first:</source>
        <translation>優先して参照するゾーンファイル(&amp;Z):</translation>
    </message>
    <message>
        <source>RFC 1035 zone files; they are authoritative for the zones they hold, in every mode.</source>
        <translation>RFC 1035 形式のゾーンファイルです。どのモードでも、ファイルに含まれるゾーンについてはその内容が正式な回答になります。</translation>
    </message>
    <message>
        <source>Zone files</source>
        <translation>ゾーンファイル</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>追加(&amp;A)...</translation>
    </message>
    <message>
        <source>Add zone files to the list.</source>
        <translation>ゾーンファイルを一覧に追加します。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected zone file from the list.</source>
        <translation>選択したゾーンファイルを一覧から外します。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>Time budget for one DNS question, all attempts included.</source>
        <translation>1 件の DNS 問い合わせにかける時間の上限です（再試行を含みます）。</translation>
    </message>
    <message>
        <source>&amp;Timeout per question:</source>
        <translation>問い合わせのタイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of the app; takes effect the next time dmarcplan starts.</source>
        <translation>アプリの表示言語です。次回 dmarcplan を起動したときに反映されます。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Enter at least one name server, or choose another DNS option.</source>
        <translation>ネームサーバーを 1 つ以上入力するか、別の DNS の設定を選んでください。</translation>
    </message>
    <message>
        <source>Offline mode needs at least one zone file to answer from.</source>
        <translation>オフラインモードでは、回答に使うゾーンファイルが 1 つ以上必要です。</translation>
    </message>
    <message>
        <source>Add zone files</source>
        <translation>ゾーンファイルの追加</translation>
    </message>
    <message>
        <source>Zone files (*.zone *.db *.txt);;All files (*)</source>
        <translation>ゾーンファイル (*.zone *.db *.txt);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::TaskPanel</name>
    <message>
        <source>Progress of the running task</source>
        <translation>実行中の処理の進み具合</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the running task; what has arrived so far stays visible.</source>
        <translation>実行中の処理を中止します。それまでに届いた結果は表示されたままです。</translation>
    </message>
</context>
</TS>
