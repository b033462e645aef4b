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
    <message>
        <source>&quot;{term}&quot; authorizes {addresses} addresses: a range this wide lets other customers of the same networks send as you</source>
        <translation>「{term}」は {addresses} 個のアドレスを許可しています。これほど広い範囲では、同じネットワークを使う他の利用者もあなたのドメインになりすまして送信できてしまいます</translation>
    </message>
    <message>
        <source>List the sending hosts or the provider&apos;s own include instead of a whole network.</source>
        <translation>ネットワーク全体ではなく、実際に送信するホストか、事業者が案内している include を指定してください。</translation>
    </message>
    <message>
        <source>&quot;{term}&quot; has host bits set: it means {network}</source>
        <translation>「{term}」はホスト部のビットが 0 になっていません。実際には {network} を意味します</translation>
    </message>
    <message>
        <source>Write the network address: {network}.</source>
        <translation>ネットワークアドレス {network} で記述してください。</translation>
    </message>
    <message>
        <source>{target} is included more than once: each include costs a DNS lookup</source>
        <translation>{target} が複数回 include されています。include するたびに DNS 参照が 1 回消費されます</translation>
    </message>
    <message>
        <source>Remove the repeated include:{target}.</source>
        <translation>重複している include:{target} を削除してください。</translation>
    </message>
    <message>
        <source>The {name}= modifier appears more than once (position {position}): receivers return permerror</source>
        <translation>{name}= 修飾子が複数回あります（{position} 文字目）。受信側の判定は permerror（恒久エラー）になります</translation>
    </message>
    <message>
        <source>Keep a single {name}= modifier.</source>
        <translation>{name}= 修飾子は 1 つだけにしてください。</translation>
    </message>
    <message>
        <source>{network} is listed more than once</source>
        <translation>{network} が重複して記述されています</translation>
    </message>
    <message>
        <source>Remove the repeated &quot;{term}&quot;.</source>
        <translation>重複している「{term}」を削除してください。</translation>
    </message>
    <message>
        <source>The SPF record of {target} (reached by &quot;{term}&quot;) gives permerror: {reason}</source>
        <translation>{target} の SPF レコード（「{term}」から参照）は permerror（恒久エラー）になります: {reason}</translation>
    </message>
    <message>
        <source>Ask the owner of {target} to fix its record, or remove &quot;{term}&quot;.</source>
        <translation>{target} の管理者にレコードの修正を依頼するか、「{term}」を削除してください。</translation>
    </message>
    <message>
        <source>&quot;{term}&quot; leads back to {target}: {path}</source>
        <translation>「{term}」をたどると {target} に戻ってしまいます（ループ）: {path}</translation>
    </message>
    <message>
        <source>Remove the include or redirect that closes the loop.</source>
        <translation>ループの原因になっている include または redirect を削除してください。</translation>
    </message>
    <message>
        <source>{target} (reached by &quot;{term}&quot;) publishes no SPF record: receivers return permerror</source>
        <translation>{target}（「{term}」から参照）には SPF レコードがありません。受信側の判定は permerror（恒久エラー）になります</translation>
    </message>
    <message>
        <source>Check the provider&apos;s documentation for the right include name, or remove &quot;{term}&quot;.</source>
        <translation>事業者の案内で正しい include 先を確認するか、「{term}」を削除してください。</translation>
    </message>
    <message>
        <source>{target} (reached by &quot;{term}&quot;) does not exist: receivers return permerror</source>
        <translation>{target}（「{term}」から参照）は存在しません。受信側の判定は permerror（恒久エラー）になります</translation>
    </message>
    <message>
        <source>Correct the name or remove &quot;{term}&quot;.</source>
        <translation>名前を修正するか、「{term}」を削除してください。</translation>
    </message>
    <message>
        <source>The SPF record of {target} (reached by &quot;{term}&quot;) could not be read: {error}</source>
        <translation>{target} の SPF レコード（「{term}」から参照）を取得できませんでした: {error}</translation>
    </message>
    <message>
        <source>Check the name servers of {target} and try again.</source>
        <translation>{target} のネームサーバーを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The record starts with whitespace: receivers do not recognise it as SPF</source>
        <translation>レコードの先頭に空白があります。受信側はこれを SPF レコードとして認識しません</translation>
    </message>
    <message>
        <source>Start the record with &quot;v=spf1&quot;.</source>
        <translation>レコードは「v=spf1」で始めてください。</translation>
    </message>
    <message>
        <source>Evaluation needs {count} DNS lookups (worst case {worst_case}); more than 10 gives permerror, so receivers treat every message as failing SPF</source>
        <translation>評価に DNS 参照が {count} 回（最大 {worst_case} 回）必要です。10 回を超えると permerror（恒久エラー）となり、受信側ではすべてのメールが SPF 認証に失敗したものとして扱われます</translation>
    </message>
    <message>
        <source>Remove unused includes, replace a/mx with ip4/ip6, or flatten includes (dmarcplan spf generate --flatten).</source>
        <translation>使っていない include を削除する、a/mx を ip4/ip6 に置き換える、または include をフラット化してください（dmarcplan spf generate --flatten）。</translation>
    </message>
    <message>
        <source>Evaluation needs {count} of the 10 allowed DNS lookups (worst case {worst_case}): one more include by a provider breaks it</source>
        <translation>評価に必要な DNS 参照は上限 10 回のうち {count} 回（最大 {worst_case} 回）です。事業者側で include が 1 つ増えるだけで上限を超えます</translation>
    </message>
    <message>
        <source>Keep a margin: remove unused includes or replace a/mx with ip4/ip6.</source>
        <translation>余裕を持たせてください。使っていない include を削除するか、a/mx を ip4/ip6 に置き換えます。</translation>
    </message>
    <message>
        <source>&quot;{term}&quot; uses macros: its target depends on each message and cannot be checked in advance</source>
        <translation>「{term}」はマクロを使っています。参照先がメールごとに変わるため、事前にはチェックできません</translation>
    </message>
    <message>
        <source>{domain} publishes {count} SPF records: receivers return permerror</source>
        <translation>{domain} に SPF レコードが {count} 件あります。受信側の判定は permerror（恒久エラー）になります</translation>
    </message>
    <message>
        <source>Merge them into one TXT record that starts with &quot;v=spf1&quot;.</source>
        <translation>「v=spf1」で始まる 1 件の TXT レコードにまとめてください。</translation>
    </message>
    <message>
        <source>&quot;{term}&quot;: {target} has {count} MX records; more than 10 gives permerror</source>
        <translation>「{term}」: {target} には MX レコードが {count} 件あります。10 件を超えると permerror（恒久エラー）になります</translation>
    </message>
    <message>
        <source>List the outgoing hosts with ip4/ip6 instead of mx.</source>
        <translation>mx の代わりに、送信に使うホストを ip4/ip6 で記述してください。</translation>
    </message>
    <message>
        <source>&quot;{term}&quot; says nothing about other senders: forged mail gets neutral, not fail</source>
        <translation>「{term}」は他の送信元について何も宣言していません。なりすましメールの判定は fail（認証失敗）ではなく neutral（判定なし）になります</translation>
    </message>
    <message>
        <source>End with &quot;~all&quot; while testing and &quot;-all&quot; once every sender is listed.</source>
        <translation>テスト中は「~all」、すべての送信元を記述し終えたら「-all」で終えてください。</translation>
    </message>
    <message>
        <source>&quot;{term}&quot;: {target} has no {type} addresses, so the mechanism never matches (and counts as a void lookup)</source>
        <translation>「{term}」: {target} には {type} アドレスがないため、このメカニズムは一致することがありません。また、空の参照（void lookup）として数えられます</translation>
    </message>
    <message>
        <source>Remove &quot;{term}&quot; or publish the addresses.</source>
        <translation>「{term}」を削除するか、アドレスを公開してください。</translation>
    </message>
    <message>
        <source>The record has neither &quot;all&quot; nor &quot;redirect=&quot;: unlisted senders get neutral</source>
        <translation>レコードに「all」も「redirect=」もありません。記述されていない送信元の判定は neutral（判定なし）になります</translation>
    </message>
    <message>
        <source>End the record with &quot;-all&quot; (or &quot;~all&quot; while testing).</source>
        <translation>レコードの最後に「-all」（テスト中は「~all」）を付けてください。</translation>
    </message>
    <message>
        <source>{domain} publishes no SPF record</source>
        <translation>{domain} には SPF レコードがありません</translation>
    </message>
    <message>
        <source>Publish a TXT record such as &quot;v=spf1 mx -all&quot; (dmarcplan spf generate).</source>
        <translation>「v=spf1 mx -all」のような TXT レコードを公開してください（dmarcplan spf generate で作成できます）。</translation>
    </message>
    <message>
        <source>&quot;{term}&quot; is already covered by &quot;{other}&quot;</source>
        <translation>「{term}」は「{other}」にすでに含まれています</translation>
    </message>
    <message>
        <source>Remove &quot;{term}&quot;.</source>
        <translation>「{term}」を削除してください。</translation>
    </message>
    <message>
        <source>{domain} has no MX and no address records, so it sends no mail, but its SPF record authorizes senders</source>
        <translation>{domain} には MX レコードもアドレスレコードもなく、メールを送信しないドメインのはずですが、SPF レコードで送信元を許可しています</translation>
    </message>
    <message>
        <source>Publish &quot;v=spf1 -all&quot; for a domain that sends no mail.</source>
        <translation>メールを送信しないドメインには「v=spf1 -all」を公開してください。</translation>
    </message>
    <message>
        <source>&quot;{term}&quot; authorizes every host on the Internet to send as this domain</source>
        <translation>「{term}」は、インターネット上のすべてのホストにこのドメインとしての送信を許可しています</translation>
    </message>
    <message>
        <source>Use &quot;-all&quot; (or &quot;~all&quot; while testing).</source>
        <translation>「-all」（テスト中は「~all」）を使ってください。</translation>
    </message>
    <message>
        <source>&quot;{term}&quot;: the ptr mechanism is slow, unreliable and deprecated (RFC 7208 §5.5)</source>
        <translation>「{term}」: ptr メカニズムは遅く、信頼性が低く、使用が推奨されていません（RFC 7208 5.5 節）</translation>
    </message>
    <message>
        <source>Replace it with ip4/ip6 ranges or a, mx, include.</source>
        <translation>ip4/ip6 のアドレス範囲、または a・mx・include に置き換えてください。</translation>
    </message>
    <message>
        <source>The record is {length} bytes: answers over 450 bytes risk not fitting in one UDP packet with the rest of the answer (RFC 7208 §3.4)</source>
        <translation>レコードの長さは {length} バイトです。450 バイトを超えると、応答の他の部分と合わせて 1 つの UDP パケットに収まらないおそれがあります（RFC 7208 3.4 節）</translation>
    </message>
    <message>
        <source>Shorten it: move hosts into an include on a subdomain.</source>
        <translation>短くしてください。ホストの記述をサブドメインの include に移します。</translation>
    </message>
    <message>
        <source>The record is {length} bytes: over 512 bytes, receivers without EDNS0 or TCP cannot read it</source>
        <translation>レコードの長さは {length} バイトです。512 バイトを超えると、EDNS0 や TCP を使わない受信側はレコードを読み取れません</translation>
    </message>
    <message>
        <source>Split it: move hosts into an include on a subdomain.</source>
        <translation>分割してください。ホストの記述をサブドメインの include に移します。</translation>
    </message>
    <message>
        <source>&quot;{term}&quot; is ignored because the record has an &quot;all&quot; mechanism (RFC 7208 §6.1)</source>
        <translation>レコードに「all」メカニズムがあるため、「{term}」は無視されます（RFC 7208 6.1 節）</translation>
    </message>
    <message>
        <source>Remove either &quot;all&quot; or the redirect.</source>
        <translation>「all」か redirect のどちらかを削除してください。</translation>
    </message>
    <message>
        <source>{domain} publishes the obsolete SPF record type (99), which receivers no longer read</source>
        <translation>{domain} は廃止された SPF タイプ（99）のレコードを公開しています。受信側はこのタイプをもう参照しません</translation>
    </message>
    <message>
        <source>Remove the SPF-type record; keep the TXT record.</source>
        <translation>SPF タイプのレコードを削除し、TXT レコードだけを残してください。</translation>
    </message>
    <message>
        <source>{domain} publishes a Sender ID record (&quot;{record}&quot;), an abandoned experiment</source>
        <translation>{domain} は Sender ID のレコード（「{record}」）を公開しています。Sender ID は廃れた実験的な方式です</translation>
    </message>
    <message>
        <source>Remove the spf2.0 record.</source>
        <translation>spf2.0 のレコードを削除してください。</translation>
    </message>
    <message>
        <source>A string of the record is {length} characters; a TXT character-string holds at most 255</source>
        <translation>レコード内の文字列の 1 つが {length} 文字あります。TXT レコードの 1 つの文字列に入るのは 255 文字までです</translation>
    </message>
    <message>
        <source>Publish the record as several quoted strings of at most 255 characters.</source>
        <translation>レコードを 255 文字以下の複数の文字列（それぞれを引用符で囲む）に分けて公開してください。</translation>
    </message>
    <message>
        <source>&quot;{term}&quot; at position {position} does not hold a valid address</source>
        <translation>{position} 文字目の「{term}」は有効なアドレスではありません</translation>
    </message>
    <message>
        <source>Write ip4:192.0.2.0/24 or ip6:2001:db8::/32.</source>
        <translation>ip4:192.0.2.0/24 や ip6:2001:db8::/32 のように記述してください。</translation>
    </message>
    <message>
        <source>Invalid prefix length in &quot;{term}&quot; at position {position}</source>
        <translation>{position} 文字目の「{term}」のプレフィックス長が不正です</translation>
    </message>
    <message>
        <source>Use /0 to /32 for IPv4 and //0 to //128 (ip6: /0 to /128), without leading zeros.</source>
        <translation>IPv4 は /0〜/32、IPv6 は //0〜//128（ip6: では /0〜/128）で、先頭に 0 を付けずに指定してください。</translation>
    </message>
    <message>
        <source>The domain in &quot;{term}&quot; at position {position} does not end in a valid top-level label</source>
        <translation>{position} 文字目の「{term}」のドメインが、有効なトップレベルのラベルで終わっていません</translation>
    </message>
    <message>
        <source>Write a fully qualified domain name such as _spf.example.com.</source>
        <translation>_spf.example.com のような完全なドメイン名（FQDN）を記述してください。</translation>
    </message>
    <message>
        <source>Invalid macro at position {position}</source>
        <translation>{position} 文字目のマクロが不正です</translation>
    </message>
    <message>
        <source>Write macros as %{letter}, and a literal percent sign as %%.</source>
        <translation>マクロは %{letter} の形で、パーセント記号そのものは %% と記述してください。</translation>
    </message>
    <message>
        <source>Character {character} at position {position} is not allowed: SPF records are 7-bit ASCII and terms are separated by spaces</source>
        <translation>{position} 文字目の文字 {character} は使えません。SPF レコードは 7 ビット ASCII で記述し、各項目は半角スペースで区切ります</translation>
    </message>
    <message>
        <source>Remove the character; separate terms with spaces only.</source>
        <translation>この文字を削除し、項目の区切りには半角スペースだけを使ってください。</translation>
    </message>
    <message>
        <source>&quot;{term}&quot; at position {position} needs a domain</source>
        <translation>{position} 文字目の「{term}」にはドメインの指定が必要です</translation>
    </message>
    <message>
        <source>Add the domain after a colon, e.g. include:_spf.example.com.</source>
        <translation>コロンの後にドメインを追加してください（例: include:_spf.example.com）。</translation>
    </message>
    <message>
        <source>&quot;{term}&quot; at position {position} is not a valid modifier name</source>
        <translation>{position} 文字目の「{term}」は有効な修飾子名ではありません</translation>
    </message>
    <message>
        <source>Modifier names start with a letter and contain letters, digits, -, _ and dots.</source>
        <translation>修飾子名は英字で始め、英字・数字・-・_・ドットだけを使います。</translation>
    </message>
    <message>
        <source>Modifier &quot;{term}&quot; at position {position} has a qualifier; only mechanisms take +, -, ~ or ?</source>
        <translation>{position} 文字目の修飾子「{term}」に限定子が付いています。+、-、~、? を付けられるのはメカニズムだけです</translation>
    </message>
    <message>
        <source>Remove the qualifier.</source>
        <translation>限定子を削除してください。</translation>
    </message>
    <message>
        <source>&quot;{term}&quot; at position {position} has an argument this mechanism does not take</source>
        <translation>{position} 文字目の「{term}」には、このメカニズムが受け付けない引数があります</translation>
    </message>
    <message>
        <source>Remove the argument.</source>
        <translation>引数を削除してください。</translation>
    </message>
    <message>
        <source>Unknown mechanism &quot;{term}&quot; at position {position}: receivers return permerror</source>
        <translation>{position} 文字目の「{term}」は不明なメカニズムです。受信側の判定は permerror（恒久エラー）になります</translation>
    </message>
    <message>
        <source>Use one of all, include, a, mx, ptr, ip4, ip6, exists, or write a modifier as name=value.</source>
        <translation>all・include・a・mx・ptr・ip4・ip6・exists のいずれかを使うか、修飾子を name=value の形で記述してください。</translation>
    </message>
    <message>
        <source>The record does not start with &quot;v=spf1&quot; followed by a space</source>
        <translation>レコードが「v=spf1」と半角スペースで始まっていません</translation>
    </message>
    <message>
        <source>Start the record with &quot;v=spf1 &quot;.</source>
        <translation>レコードは「v=spf1 」（末尾に半角スペース）で始めてください。</translation>
    </message>
    <message>
        <source>&quot;{term}&quot; comes after &quot;all&quot; and is never evaluated</source>
        <translation>「{term}」は「all」の後にあるため、評価されることがありません</translation>
    </message>
    <message>
        <source>Move it before &quot;all&quot; or remove it.</source>
        <translation>「all」の前に移すか、削除してください。</translation>
    </message>
    <message>
        <source>Unknown modifier &quot;{term}&quot;: receivers ignore it</source>
        <translation>不明な修飾子「{term}」があります。受信側はこれを無視します</translation>
    </message>
    <message>
        <source>Remove it unless a receiver you know of uses it.</source>
        <translation>この修飾子を使う受信側に心当たりがなければ削除してください。</translation>
    </message>
    <message>
        <source>&quot;v=spf1&quot; is not followed by a space, so receivers do not see an SPF record</source>
        <translation>「v=spf1」の後に半角スペースがないため、受信側はこれを SPF レコードとして認識しません</translation>
    </message>
    <message>
        <source>Put a space after &quot;v=spf1&quot; (check how the strings of the TXT record are joined: without spaces).</source>
        <translation>「v=spf1」の後に半角スペースを入れてください（TXT レコードの複数の文字列は、間に空白を入れずに連結される点も確認してください）。</translation>
    </message>
    <message>
        <source>{count} lookups return no data (void lookups); more than 2 gives permerror</source>
        <translation>{count} 回の参照で応答が空でした（void lookup）。2 回を超えると permerror（恒久エラー）になります</translation>
    </message>
    <message>
        <source>Remove the mechanisms whose names do not exist or have no addresses.</source>
        <translation>存在しない名前、またはアドレスのない名前を参照しているメカニズムを削除してください。</translation>
    </message>
    <message>
        <source>{name} is a CNAME to {target}: the key is published by whoever runs that name (typically your sending provider)</source>
        <translation>{name} は {target} への CNAME です。鍵は、その名前を管理している側（通常はメール配信事業者）が公開しています</translation>
    </message>
    <message>
        <source>Keep the CNAME as long as the provider signs for you; rotate keys with the provider, not in your zone.</source>
        <translation>事業者が代わりに署名している間は CNAME をそのまま残してください。鍵の更新は自分のゾーンではなく、事業者側で行います。</translation>
    </message>
    <message>
        <source>This looks like a DomainKeys-era record (g= tag and no v=DKIM1); RFC 6376 verifiers ignore g=</source>
        <translation>DomainKeys 時代の古いレコードのようです（g= タグがあり、v=DKIM1 がありません）。RFC 6376 に従う検証側は g= を無視します</translation>
    </message>
    <message>
        <source>Publish a current record: v=DKIM1; k=rsa; p=... (dmarcplan dkim keygen writes one).</source>
        <translation>現行形式のレコード（v=DKIM1; k=rsa; p=...）を公開してください（dmarcplan dkim keygen で作成できます）。</translation>
    </message>
    <message>
        <source>An Ed25519 key must be exactly 32 bytes (RFC 8463 §4), p= decodes to {bytes}</source>
        <translation>Ed25519 の鍵はちょうど 32 バイトでなければなりません（RFC 8463 4 節）が、p= をデコードすると {bytes} バイトになります</translation>
    </message>
    <message>
        <source>Publish the raw 32-byte public key in base64, not a SubjectPublicKeyInfo.</source>
        <translation>SubjectPublicKeyInfo 形式ではなく、32 バイトの公開鍵そのものを base64 で公開してください。</translation>
    </message>
    <message>
        <source>h= allows only sha1: RFC 8301 forbids rsa-sha1, so no signature with this key can pass</source>
        <translation>h= で sha1 だけが許可されています。RFC 8301 は rsa-sha1 を禁止しているため、この鍵による署名は pass（認証成功）になりません</translation>
    </message>
    <message>
        <source>Remove h= (all hashes allowed) or set h=sha256.</source>
        <translation>h= を削除する（すべてのハッシュを許可）か、h=sha256 にしてください。</translation>
    </message>
    <message>
        <source>h={value} names no hash verifiers accept (sha256)</source>
        <translation>h={value} には、検証側が受け付けるハッシュ（sha256）が含まれていません</translation>
    </message>
    <message>
        <source>Remove h= or set h=sha256.</source>
        <translation>h= を削除するか、h=sha256 にしてください。</translation>
    </message>
    <message>
        <source>p= is empty: the key is revoked and every signature with this selector fails</source>
        <translation>p= が空です。鍵は失効しており、このセレクタによる署名はすべて fail（認証失敗）になります</translation>
    </message>
    <message>
        <source>Keep it so only while old messages are still in transit; otherwise remove the record or publish a new key.</source>
        <translation>この状態にしておくのは、古い鍵で署名したメールがまだ配送途中の間だけにしてください。それ以外の場合は、レコードを削除するか新しい鍵を公開します。</translation>
    </message>
    <message>
        <source>k={type} is not a key type verifiers know (rsa or ed25519)</source>
        <translation>k={type} は検証側が扱える鍵の種類（rsa または ed25519）ではありません</translation>
    </message>
    <message>
        <source>Use k=rsa or k=ed25519.</source>
        <translation>k=rsa または k=ed25519 を使ってください。</translation>
    </message>
    <message>
        <source>Sign with both an RSA and an Ed25519 key: many receivers still ignore Ed25519 signatures</source>
        <translation>RSA 鍵と Ed25519 鍵の両方で署名してください。Ed25519 の署名をまだ無視する受信側が多くあります</translation>
    </message>
    <message>
        <source>Generate a second key with the other algorithm under another selector and sign with both.</source>
        <translation>もう一方のアルゴリズムで 2 つ目の鍵を別のセレクタに作成し、両方の鍵で署名してください。</translation>
    </message>
    <message>
        <source>{bits}-bit RSA keys are weak; some receivers treat their signatures as failing</source>
        <translation>{bits} ビットの RSA 鍵は強度が不足しています。この鍵の署名を fail（認証失敗）として扱う受信側もあります</translation>
    </message>
    <message>
        <source>Use 2048 bits (the default) unless the DNS host cannot publish longer records.</source>
        <translation>DNS 事業者が長いレコードを登録できない場合を除き、2048 ビット（既定値）を使ってください。</translation>
    </message>
    <message>
        <source>{name} has {count} TXT records: a verifier may pick any of them</source>
        <translation>{name} に TXT レコードが {count} 件あります。検証側がどれを使うかは決まっていません</translation>
    </message>
    <message>
        <source>Publish exactly one key record per selector; use a new selector for a new key.</source>
        <translation>鍵レコードはセレクタごとに 1 件だけ公開してください。新しい鍵には新しいセレクタを使います。</translation>
    </message>
    <message>
        <source>No key record at {name} ({status})</source>
        <translation>{name} に鍵レコードがありません（{status}）</translation>
    </message>
    <message>
        <source>Publish the record from dmarcplan dkim keygen at this name, or check the selector.</source>
        <translation>dmarcplan dkim keygen で作成したレコードをこの名前で公開するか、セレクタが正しいか確認してください。</translation>
    </message>
    <message>
        <source>p= is not valid base64</source>
        <translation>p= が正しい base64 ではありません</translation>
    </message>
    <message>
        <source>Copy the public key again; only A-Z a-z 0-9 + / and = padding are allowed.</source>
        <translation>公開鍵をもう一度コピーしてください。使える文字は A-Z a-z 0-9 + / と、末尾の埋め草の = だけです。</translation>
    </message>
    <message>
        <source>The record has no p= tag, so it is not a DKIM key record</source>
        <translation>p= タグがないため、DKIM の鍵レコードではありません</translation>
    </message>
    <message>
        <source>Add p= with the public key (an empty p= revokes a key).</source>
        <translation>公開鍵を入れた p= を追加してください（空の p= は鍵の失効を意味します）。</translation>
    </message>
    <message>
        <source>p= does not decode to a {type} public key</source>
        <translation>p= をデコードしても {type} の公開鍵になりません</translation>
    </message>
    <message>
        <source>Publish the SubjectPublicKeyInfo of the key in base64 (dmarcplan dkim keygen prints it).</source>
        <translation>鍵の SubjectPublicKeyInfo を base64 で公開してください（dmarcplan dkim keygen が出力します）。</translation>
    </message>
    <message>
        <source>p= holds a PKCS#1 RSAPublicKey, not the SubjectPublicKeyInfo RFC 6376 §3.6.1 requires: some verifiers reject it</source>
        <translation>p= が RFC 6376 3.6.1 節で求められる SubjectPublicKeyInfo 形式ではなく、PKCS#1 の RSAPublicKey 形式です。受け付けない検証側もあります</translation>
    </message>
    <message>
        <source>Publish the SubjectPublicKeyInfo form (openssl rsa -pubout).</source>
        <translation>SubjectPublicKeyInfo 形式で公開してください（openssl rsa -pubout）。</translation>
    </message>
    <message>
        <source>The RSA key has {bits} bits: weak, and some receivers treat it as failing</source>
        <translation>RSA 鍵が {bits} ビットです。強度が不足しており、fail（認証失敗）として扱う受信側もあります</translation>
    </message>
    <message>
        <source>Generate a 2048-bit key and publish it under a new selector.</source>
        <translation>2048 ビットの鍵を作成し、新しいセレクタで公開してください。</translation>
    </message>
    <message>
        <source>The RSA key has {bits} bits: RFC 8301 §3.2 forbids accepting keys under 1024 bits</source>
        <translation>RSA 鍵が {bits} ビットです。RFC 8301 3.2 節により、1024 ビット未満の鍵は受け付けてはならないことになっています</translation>
    </message>
    <message>
        <source>&quot;{selector}&quot; is not a valid selector (dot-separated labels of letters, digits and hyphens)</source>
        <translation>「{selector}」は有効なセレクタではありません（英字・数字・ハイフンからなるラベルをドットで区切ったもの）</translation>
    </message>
    <message>
        <source>Choose a selector such as s2026 or mail1.</source>
        <translation>s2026 や mail1 のようなセレクタを選んでください。</translation>
    </message>
    <message>
        <source>s={value} does not include email or *: verifiers must not use this key for mail</source>
        <translation>s={value} に email も * も含まれていません。検証側はこの鍵をメールの検証に使ってはなりません</translation>
    </message>
    <message>
        <source>Remove s= or set s=email.</source>
        <translation>s= を削除するか、s=email にしてください。</translation>
    </message>
    <message>
        <source>A TXT string holds at most 255 characters; this one has {length}</source>
        <translation>TXT レコードの 1 つの文字列に入るのは 255 文字までですが、この文字列は {length} 文字あります</translation>
    </message>
    <message>
        <source>Split the record into several quoted strings of at most 255 characters (they are joined without spaces).</source>
        <translation>レコードを 255 文字以下の複数の文字列（それぞれを引用符で囲む）に分けてください（文字列は空白なしで連結されます）。</translation>
    </message>
    <message>
        <source>Tag {tag}= appears more than once (RFC 6376 §3.2: the record is invalid)</source>
        <translation>タグ {tag}= が複数回あります（RFC 6376 3.2 節により、このレコードは無効です）</translation>
    </message>
    <message>
        <source>Keep one {tag}= tag.</source>
        <translation>{tag}= タグは 1 つだけにしてください。</translation>
    </message>
    <message>
        <source>Tag-list syntax error: {problem}</source>
        <translation>タグリストの構文エラー: {problem}</translation>
    </message>
    <message>
        <source>Write the record as tag=value pairs separated by semicolons.</source>
        <translation>レコードは tag=value の組をセミコロンで区切って記述してください。</translation>
    </message>
    <message>
        <source>Tag {tag}= is not defined for key records and is ignored</source>
        <translation>タグ {tag}= は鍵レコードには定義されていないため、無視されます</translation>
    </message>
    <message>
        <source>t=y: the domain says it is testing DKIM, and receivers may treat its signatures as unsigned</source>
        <translation>t=y: このドメインは DKIM をテスト中であると宣言しています。受信側は署名がないものとして扱う場合があります</translation>
    </message>
    <message>
        <source>Remove t=y once signatures verify.</source>
        <translation>署名の検証に成功するようになったら t=y を削除してください。</translation>
    </message>
    <message>
        <source>v={value}: a key record with a version other than DKIM1 must be ignored</source>
        <translation>v={value}: バージョンが DKIM1 以外の鍵レコードは無視しなければならないことになっています</translation>
    </message>
    <message>
        <source>Use v=DKIM1.</source>
        <translation>v=DKIM1 にしてください。</translation>
    </message>
    <message>
        <source>The record has no v=DKIM1 (allowed, but recommended so it cannot be mistaken for another record)</source>
        <translation>レコードに v=DKIM1 がありません（省略は可能ですが、他のレコードと取り違えられないよう付けることが推奨されます）</translation>
    </message>
    <message>
        <source>Start the record with v=DKIM1;</source>
        <translation>レコードは v=DKIM1; で始めてください。</translation>
    </message>
    <message>
        <source>v= must be the first tag of the record (RFC 6376 §3.6.1)</source>
        <translation>v= はレコードの最初のタグでなければなりません（RFC 6376 3.6.1 節）</translation>
    </message>
    <message>
        <source>Move v=DKIM1 to the start.</source>
        <translation>v=DKIM1 を先頭に移してください。</translation>
    </message>
    <message>
        <source>The tag {tag} appears more than once</source>
        <translation>タグ {tag} が複数回あります</translation>
    </message>
    <message>
        <source>Keep a single {tag}= tag.</source>
        <translation>{tag}= タグは 1 つだけにしてください。</translation>
    </message>
    <message>
        <source>{destination_domain} accepts reports about {domain} ({name} says v=DMARC1)</source>
        <translation>{destination_domain} は {domain} のレポートの受け取りを許可しています（{name} に v=DMARC1 があります）</translation>
    </message>
    <message>
        <source>Reports for {domain} go to {address}, another domain&apos;s mailbox, but {name} has no TXT record starting with v=DMARC1: receivers will not send them</source>
        <translation>{domain} のレポートの送り先 {address} は別ドメインのメールボックスですが、{name} に v=DMARC1 で始まる TXT レコードがありません。受信側はレポートを送りません</translation>
    </message>
    <message>
        <source>Ask the owner of {destination_domain} to publish {name} TXT &quot;v=DMARC1;&quot; (or *._report._dmarc.{destination_domain} for every domain).</source>
        <translation>{destination_domain} の管理者に、{name} の TXT レコード「v=DMARC1;」の公開を依頼してください（すべてのドメインを許可する場合は *._report._dmarc.{destination_domain}）。</translation>
    </message>
    <message>
        <source>fo={value} asks for both 0 (report when every mechanism failed) and 1 (report when any failed); they exclude each other</source>
        <translation>fo={value} には 0（すべての認証方式が失敗したときにレポート）と 1（いずれかが失敗したときにレポート）の両方が指定されていますが、この 2 つは両立しません</translation>
    </message>
    <message>
        <source>Keep one of them: fo=1 gives the most failure reports.</source>
        <translation>どちらか一方にしてください。失敗レポートを最も多く受け取れるのは fo=1 です。</translation>
    </message>
    <message>
        <source>fo= has no effect without ruf=: receivers ignore it</source>
        <translation>ruf= がないため fo= は効果がなく、受信側はこれを無視します</translation>
    </message>
    <message>
        <source>Add ruf=mailto:... or remove fo=.</source>
        <translation>ruf=mailto:... を追加するか、fo= を削除してください。</translation>
    </message>
    <message>
        <source>{domain} has no DMARC record of its own; the record at _dmarc.{policy_domain} applies with {tag}={policy}</source>
        <translation>{domain} には独自の DMARC レコードがありません。_dmarc.{policy_domain} のレコードが {tag}={policy} で適用されます</translation>
    </message>
    <message>
        <source>{tag}={value} is not valid: expected {expected}</source>
        <translation>{tag}={value} は不正な値です。有効な値: {expected}</translation>
    </message>
    <message>
        <source>Write {tag}= with one of: {expected}.</source>
        <translation>{tag}= には次のいずれかを指定してください: {expected}。</translation>
    </message>
    <message>
        <source>pct={pct} is an RFC 7489 tag that RFC 9989 removed: new receivers ignore it, older ones apply the policy to {pct}% of failing mail</source>
        <translation>pct={pct} は RFC 7489 のタグで、RFC 9989 で廃止されました。新しい受信側は無視し、古い受信側は認証に失敗したメールの {pct}% にだけポリシーを適用します</translation>
    </message>
    <message>
        <source>Remove pct=; to try a policy one step lower first, use t=y.</source>
        <translation>pct= を削除してください。まず一段階ゆるいポリシーで試すには t=y を使います。</translation>
    </message>
    <message>
        <source>rf= is an RFC 7489 tag that RFC 9989 removed; receivers ignore it</source>
        <translation>rf= は RFC 7489 のタグで、RFC 9989 で廃止されました。受信側は無視します</translation>
    </message>
    <message>
        <source>Remove rf=.</source>
        <translation>rf= を削除してください。</translation>
    </message>
    <message>
        <source>ri= is an RFC 7489 tag that RFC 9989 removed; receivers send aggregate reports daily anyway</source>
        <translation>ri= は RFC 7489 のタグで、RFC 9989 で廃止されました。受信側は指定にかかわらず集約レポートを 1 日ごとに送ります</translation>
    </message>
    <message>
        <source>Remove ri=.</source>
        <translation>ri= を削除してください。</translation>
    </message>
    <message>
        <source>Receivers disagree about {domain}: with the Public Suffix List they apply {psl}, with the RFC 9989 DNS tree walk {treewalk}</source>
        <translation>{domain} の扱いが受信側によって異なります。Public Suffix List を使う受信側は {psl} を、RFC 9989 の DNS ツリーウォークを使う受信側は {treewalk} を適用します</translation>
    </message>
    <message>
        <source>Publish the policy you mean at _dmarc.{domain} itself, or add psd=n to the record of the domain that really is the organizational domain.</source>
        <translation>意図するポリシーを _dmarc.{domain} に直接公開するか、本来の組織ドメインのレコードに psd=n を追加してください。</translation>
    </message>
    <message>
        <source>The record has no p= tag: receivers treat it as p=none</source>
        <translation>レコードに p= タグがありません。受信側は p=none として扱います</translation>
    </message>
    <message>
        <source>Add p=none, p=quarantine or p=reject right after v=DMARC1.</source>
        <translation>v=DMARC1 のすぐ後に p=none、p=quarantine、p=reject のいずれかを追加してください。</translation>
    </message>
    <message>
        <source>_dmarc.{domain} has {count} DMARC records: receivers discard them all, so the domain has no policy</source>
        <translation>_dmarc.{domain} に DMARC レコードが {count} 件あります。受信側はすべてを破棄するため、このドメインにはポリシーがない状態になります</translation>
    </message>
    <message>
        <source>Delete all but one record.</source>
        <translation>レコードを 1 件だけ残し、ほかは削除してください。</translation>
    </message>
    <message>
        <source>{domain} sends no mail (its SPF record is &quot;v=spf1 -all&quot;) but its DMARC policy is {policy}</source>
        <translation>{domain} はメールを送信しないドメイン（SPF レコードが「v=spf1 -all」）ですが、DMARC ポリシーが {policy} になっています</translation>
    </message>
    <message>
        <source>A domain that sends no mail should publish p=reject.</source>
        <translation>メールを送信しないドメインでは p=reject を公開してください。</translation>
    </message>
    <message>
        <source>There is no DMARC record for {domain} (nor for its organizational domain {org_domain})</source>
        <translation>{domain} には DMARC レコードがありません（組織ドメイン {org_domain} にもありません）</translation>
    </message>
    <message>
        <source>Publish _dmarc.{domain} TXT &quot;v=DMARC1; p=none; rua=mailto:...&quot; to start monitoring.</source>
        <translation>監視を始めるには、_dmarc.{domain} に TXT レコード「v=DMARC1; p=none; rua=mailto:...」を公開してください。</translation>
    </message>
    <message>
        <source>No rua= tag: nobody will send you aggregate reports, so you cannot see who sends mail as {domain}</source>
        <translation>rua= タグがありません。集約レポートが届かないため、誰が {domain} としてメールを送っているかを把握できません</translation>
    </message>
    <message>
        <source>Add rua=mailto:dmarc-reports@{domain} (a mailbox you read or a report service).</source>
        <translation>rua=mailto:dmarc-reports@{domain} を追加してください（実際に確認するメールボックスか、レポート分析サービスのアドレス）。</translation>
    </message>
    <message>
        <source>The record does not start with v=DMARC1: receivers ignore it</source>
        <translation>レコードが v=DMARC1 で始まっていません。受信側はこのレコードを無視します</translation>
    </message>
    <message>
        <source>Start the record with &quot;v=DMARC1;&quot;.</source>
        <translation>レコードは「v=DMARC1;」で始めてください。</translation>
    </message>
    <message>
        <source>np=none: anyone may use made-up (non-existent) subdomains of {domain} without consequence</source>
        <translation>np=none: {domain} の架空の（存在しない）サブドメインを誰が使っても、何の制限も受けません</translation>
    </message>
    <message>
        <source>Set np=reject: names that do not exist send no legitimate mail.</source>
        <translation>np=reject にしてください。存在しない名前から正規のメールが送られることはありません。</translation>
    </message>
    <message>
        <source>_dmarc.{domain} also holds a TXT record that is not DMARC: &quot;{text}&quot;</source>
        <translation>_dmarc.{domain} に DMARC 以外の TXT レコードもあります: 「{text}」</translation>
    </message>
    <message>
        <source>Remove it: only the DMARC record belongs at _dmarc.</source>
        <translation>削除してください。_dmarc に置くのは DMARC レコードだけです。</translation>
    </message>
    <message>
        <source>p=none only monitors: mail that fails DMARC is delivered as usual. Rollout step 1 of 3 (none, quarantine, reject)</source>
        <translation>p=none は監視のみです。DMARC 認証に失敗したメールも通常どおり配送されます。段階的導入の 3 段階中 1 段階目（none → quarantine → reject）</translation>
    </message>
    <message>
        <source>When the aggregate reports show all your own mail passing, move to p=quarantine (t=y first if you want a trial).</source>
        <translation>集約レポートで自分のメールがすべて pass（認証成功）していることを確認できたら、p=quarantine に進んでください（試行したい場合は、まず t=y を付けます）。</translation>
    </message>
    <message>
        <source>p=quarantine: mail that fails DMARC goes to spam. Rollout step 2 of 3 (none, quarantine, reject)</source>
        <translation>p=quarantine: DMARC 認証に失敗したメールは迷惑メールフォルダなどに隔離されます。段階的導入の 3 段階中 2 段階目（none → quarantine → reject）</translation>
    </message>
    <message>
        <source>When quarantine causes no problems for your own mail, move to p=reject.</source>
        <translation>隔離によって自分のメールに問題が起きていなければ、p=reject に進んでください。</translation>
    </message>
    <message>
        <source>p=reject: mail that fails DMARC is refused. The rollout (none, quarantine, reject) is complete</source>
        <translation>p=reject: DMARC 認証に失敗したメールは受信拒否されます。段階的導入（none → quarantine → reject）は完了しています</translation>
    </message>
    <message>
        <source>pct=0 is the RFC 7489 way of testing a policy on no message at all; RFC 9989 removed pct and receivers that follow it apply the full policy</source>
        <translation>pct=0 は、どのメールにもポリシーを適用せずに試すための RFC 7489 の書き方です。RFC 9989 では pct が廃止されたため、RFC 9989 に従う受信側はポリシーをそのまま適用します</translation>
    </message>
    <message>
        <source>Replace pct=0 with t=y.</source>
        <translation>pct=0 を t=y に置き換えてください。</translation>
    </message>
    <message>
        <source>A DMARC record is published at {domain} itself; receivers only look at _dmarc.{domain}</source>
        <translation>DMARC レコードが {domain} 自体に公開されています。受信側が参照するのは _dmarc.{domain} だけです</translation>
    </message>
    <message>
        <source>Move it to _dmarc.{domain}.</source>
        <translation>_dmarc.{domain} に移してください。</translation>
    </message>
    <message>
        <source>sp= on the record of {domain}, which is below its organizational domain {org_domain}: receivers use this record&apos;s p for {domain} and ignore sp</source>
        <translation>{domain} は組織ドメイン {org_domain} の下位にあるため、そのレコードの sp= は使われません。受信側は {domain} にこのレコードの p を適用し、sp は無視します</translation>
    </message>
    <message>
        <source>Move sp= to _dmarc.{org_domain}, or remove it.</source>
        <translation>sp= を _dmarc.{org_domain} に移すか、削除してください。</translation>
    </message>
    <message>
        <source>sp=none leaves existing subdomains of {domain} unprotected although p={policy}</source>
        <translation>p={policy} なのに sp=none のため、{domain} の既存のサブドメインが保護されていません</translation>
    </message>
    <message>
        <source>Set sp=quarantine or sp=reject, or remove sp so subdomains follow p.</source>
        <translation>sp=quarantine または sp=reject にするか、sp を削除してサブドメインにも p を適用させてください。</translation>
    </message>
    <message>
        <source>An SPF record is published at _dmarc.{domain}, where no one looks for SPF: &quot;{text}&quot;</source>
        <translation>SPF レコードが _dmarc.{domain} に公開されていますが、そこで SPF を参照する受信側はありません: 「{text}」</translation>
    </message>
    <message>
        <source>Publish SPF at {domain} and remove it from _dmarc.{domain}.</source>
        <translation>SPF レコードは {domain} に公開し、_dmarc.{domain} からは削除してください。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a tag=value pair</source>
        <translation>「{text}」は tag=value の形になっていません</translation>
    </message>
    <message>
        <source>Separate tags with semicolons and write each one as name=value.</source>
        <translation>タグはセミコロンで区切り、それぞれを name=value の形で記述してください。</translation>
    </message>
    <message>
        <source>t=y (testing): receivers apply one step less than {policy}, that is {lowered}</source>
        <translation>t=y（テストモード）: 受信側は {policy} より一段階ゆるい {lowered} を適用します</translation>
    </message>
    <message>
        <source>Remove t=y when the test is over.</source>
        <translation>テストが終わったら t=y を削除してください。</translation>
    </message>
    <message>
        <source>Unknown tag {tag}: receivers ignore it</source>
        <translation>不明なタグ {tag} があります。受信側はこれを無視します</translation>
    </message>
    <message>
        <source>Remove it or fix its spelling (tags: v, p, sp, np, psd, t, adkim, aspf, fo, rua, ruf).</source>
        <translation>削除するか、つづりを直してください（使えるタグ: v、p、sp、np、psd、t、adkim、aspf、fo、rua、ruf）。</translation>
    </message>
    <message>
        <source>{tag} destination &quot;{uri}&quot; is not a valid report address</source>
        <translation>{tag} の送り先「{uri}」は有効なレポート送付先ではありません</translation>
    </message>
    <message>
        <source>Write mailto:name@domain, several separated by commas.</source>
        <translation>mailto:name@domain の形で記述してください。複数ある場合はカンマで区切ります。</translation>
    </message>
    <message>
        <source>Report destination domain {destination_domain} does not exist: reports to {address} are lost</source>
        <translation>レポート送付先のドメイン {destination_domain} は存在しません。{address} 宛てのレポートは届きません</translation>
    </message>
    <message>
        <source>Fix the address in {tag}=.</source>
        <translation>{tag}= のアドレスを修正してください。</translation>
    </message>
    <message>
        <source>Report destination domain {destination_domain} has no MX record: reports to {address} depend on its address record</source>
        <translation>レポート送付先のドメイン {destination_domain} に MX レコードがありません。{address} 宛てのレポートが届くかどうかは、そのドメインのアドレスレコード次第です</translation>
    </message>
    <message>
        <source>Publish an MX record for {destination_domain} or use another mailbox.</source>
        <translation>{destination_domain} に MX レコードを公開するか、別のメールボックスを使ってください。</translation>
    </message>
    <message>
        <source>{tag} destination {uri} is not a mailto: URI; receivers only have to support mailto: and ignore what they do not support</source>
        <translation>{tag} の送り先 {uri} は mailto: の URI ではありません。受信側に対応が求められているのは mailto: だけで、対応していない形式は無視されます</translation>
    </message>
    <message>
        <source>Use a mailto: address.</source>
        <translation>mailto: のアドレスを使ってください。</translation>
    </message>
    <message>
        <source>{uri} has the obsolete size limit !{size}, which RFC 9989 reporters ignore</source>
        <translation>{uri} に廃止されたサイズ制限 !{size} が付いています。RFC 9989 に従うレポート送信側はこれを無視します</translation>
    </message>
    <message>
        <source>Remove &quot;!{size}&quot;.</source>
        <translation>「!{size}」を削除してください。</translation>
    </message>
    <message>
        <source>{tag} lists {count} destinations; receivers may send to the first two only</source>
        <translation>{tag} に送り先が {count} 件あります。受信側は最初の 2 件にしか送らない場合があります</translation>
    </message>
    <message>
        <source>Keep at most two destinations in {tag}=.</source>
        <translation>{tag}= の送り先は 2 件までにしてください。</translation>
    </message>
    <message>
        <source>The version is &quot;{value}&quot; but must be exactly DMARC1 (upper case): receivers ignore the record</source>
        <translation>バージョンが「{value}」になっていますが、大文字で正確に DMARC1 と書く必要があります。受信側はこのレコードを無視します</translation>
    </message>
    <message>
        <source>Write v=DMARC1.</source>
        <translation>v=DMARC1 と記述してください。</translation>
    </message>
    <message>
        <source>v=DMARC1 is not the first tag: receivers ignore the whole record</source>
        <translation>v=DMARC1 が最初のタグではありません。受信側はレコード全体を無視します</translation>
    </message>
    <message>
        <source>Move v=DMARC1 to the start of the record.</source>
        <translation>v=DMARC1 をレコードの先頭に移してください。</translation>
    </message>
    <message>
        <source>The flattened record copies today&apos;s addresses of {includes} ({count} DNS lookups): it must be regenerated whenever a provider changes its addresses</source>
        <translation>フラット化したレコードには、{includes}（DNS 参照 {count} 回分）の現時点のアドレスが書き写されています。事業者がアドレスを変更するたびに作り直す必要があります</translation>
    </message>
    <message>
        <source>Regenerate and republish it regularly, or prefer the includes when they fit the limit.</source>
        <translation>定期的に作り直して公開し直すか、上限内に収まるなら include を使う方を選んでください。</translation>
    </message>
    <message>
        <source>The record needs {count} DNS lookups; more than 10 gives permerror</source>
        <translation>このレコードには DNS 参照が {count} 回必要です。10 回を超えると permerror（恒久エラー）になります</translation>
    </message>
    <message>
        <source>Use the flattened variant, or drop includes you do not need.</source>
        <translation>フラット化した版を使うか、不要な include を外してください。</translation>
    </message>
    <message>
        <source>None of the {count} common selector names has a DKIM key at {domain}</source>
        <translation>よく使われる {count} 個のセレクタ名のどれにも、{domain} の DKIM 鍵がありません</translation>
    </message>
    <message>
        <source>Name the selectors your senders use with --selector (the s= tag of a DKIM-Signature header shows them).</source>
        <translation>送信元が使っているセレクタを --selector で指定してください（DKIM-Signature ヘッダの s= タグで確認できます）。</translation>
    </message>
    <message>
        <source>The plan lists no sending sources: the SPF record authorises nobody</source>
        <translation>プランに送信元が 1 つもないため、SPF レコードはどの送信元も許可しません</translation>
    </message>
    <message>
        <source>Add the servers and providers that send mail for {domain} under &quot;sources&quot;, or keep &quot;v=spf1 -all&quot; if the domain sends no mail.</source>
        <translation>{domain} のメールを送信するサーバーや事業者を「sources」に追加してください。メールを送信しないドメインなら「v=spf1 -all」のままにします。</translation>
    </message>
    <message>
        <source>{name} {type}: the value comes from {provider}&apos;s console and is not in the plan</source>
        <translation>{name} の {type} レコード: 値は {provider} の管理画面で発行されるもので、プランには含まれていません</translation>
    </message>
    <message>
        <source>Copy the value shown by {provider} into the plan ({option}) and generate again.</source>
        <translation>{provider} に表示される値をプラン（{option}）にコピーして、もう一度生成してください。</translation>
    </message>
    <message>
        <source>Provider &quot;{provider}&quot; is not in the catalogue</source>
        <translation>事業者「{provider}」はカタログにありません</translation>
    </message>
    <message>
        <source>Use one of the catalogue ids (dmarcplan plan providers), or describe the sender as an &quot;include&quot; or &quot;ip&quot; source.</source>
        <translation>カタログの ID（dmarcplan plan providers で一覧表示）のいずれかを使うか、送信元を「include」または「ip」として記述してください。</translation>
    </message>
    <message>
        <source>Provider {provider} does not take the option {option}; it is ignored</source>
        <translation>事業者 {provider} はオプション {option} を受け付けないため、無視されます</translation>
    </message>
    <message>
        <source>Remove {option} from the source&apos;s options.</source>
        <translation>送信元のオプションから {option} を削除してください。</translation>
    </message>
    <message>
        <source>Generated a new {algorithm} key for selector {selector}: {file}</source>
        <translation>セレクタ {selector} 用に新しい {algorithm} 鍵を生成しました: {file}</translation>
    </message>
    <message>
        <source>Install the private key on the signing server before publishing the record.</source>
        <translation>レコードを公開する前に、署名するサーバーに秘密鍵を設定してください。</translation>
    </message>
    <message>
        <source>Selector {selector} has no public key in the plan, so its record cannot be written</source>
        <translation>プランにセレクタ {selector} の公開鍵がないため、レコードを作成できません</translation>
    </message>
    <message>
        <source>Run generate with --keys DIR to create the key pair, or put the public key into dkim[].public_key.</source>
        <translation>generate を --keys DIR 付きで実行して鍵ペアを作成するか、公開鍵を dkim[].public_key に記入してください。</translation>
    </message>
    <message>
        <source>The catalogue does not know a custom return path for {provider}</source>
        <translation>カタログには {provider} の独自 Return-Path の情報がありません</translation>
    </message>
    <message>
        <source>Remove return_path, or check {provider}&apos;s documentation and describe the records as separate sources.</source>
        <translation>return_path を削除するか、{provider} の案内を確認して、レコードを個別の送信元として記述してください。</translation>
    </message>
    <message>
        <source>{name} holds what looks like a DKIM key, but not under _domainkey: verifiers never look there</source>
        <translation>{name} に DKIM 鍵らしいレコードがありますが、_domainkey の下ではありません。検証側がそこを参照することはありません</translation>
    </message>
    <message>
        <source>Publish the key at SELECTOR._domainkey.DOMAIN (RFC 6376 §3.6.2.1).</source>
        <translation>鍵は SELECTOR._domainkey.DOMAIN に公開してください（RFC 6376 3.6.2.1 節）。</translation>
    </message>
    <message>
        <source>{name} has {count} DMARC records: receivers then apply none of them</source>
        <translation>{name} に DMARC レコードが {count} 件あります。この場合、受信側はどのレコードも適用しません</translation>
    </message>
    <message>
        <source>Keep exactly one v=DMARC1 record at {name}.</source>
        <translation>{name} の v=DMARC1 レコードは 1 件だけにしてください。</translation>
    </message>
    <message>
        <source>{name} has MX records but no SPF record</source>
        <translation>{name} には MX レコードがありますが、SPF レコードがありません</translation>
    </message>
    <message>
        <source>Publish an SPF record for the servers that send as {name}, or &quot;v=spf1 -all&quot; if none do.</source>
        <translation>{name} として送信するサーバーを記述した SPF レコードを公開してください。送信するサーバーがなければ「v=spf1 -all」を公開します。</translation>
    </message>
    <message>
        <source>No DMARC policy for the organizational domain {domain}</source>
        <translation>組織ドメイン {domain} に DMARC ポリシーがありません</translation>
    </message>
    <message>
        <source>Publish a record at _dmarc.{domain}, for a start &quot;v=DMARC1; p=none; rua=mailto:dmarc-reports@{domain}&quot;.</source>
        <translation>_dmarc.{domain} にレコードを公開してください。まずは「v=DMARC1; p=none; rua=mailto:dmarc-reports@{domain}」から始めます。</translation>
    </message>
    <message>
        <source>{name} is a DMARC report authorisation but does not start with v=DMARC1</source>
        <translation>{name} は DMARC レポートの受け取りを許可するレコードですが、v=DMARC1 で始まっていません</translation>
    </message>
    <message>
        <source>Publish &quot;v=DMARC1&quot; at {name} (RFC 7489 §7.1).</source>
        <translation>{name} に「v=DMARC1」を公開してください（RFC 7489 7.1 節）。</translation>
    </message>
    <message>
        <source>{name} has {count} SPF records: receivers treat that as a permanent error</source>
        <translation>{name} に SPF レコードが {count} 件あります。受信側はこれを permerror（恒久エラー）として扱います</translation>
    </message>
    <message>
        <source>Merge them into one record (RFC 7208 §3.2).</source>
        <translation>1 件のレコードにまとめてください（RFC 7208 3.2 節）。</translation>
    </message>
    <message>
        <source>{name} sends mail, but the policy that covers it ({tag}= at {domain}) is none while {domain} itself asks for {policy}</source>
        <translation>{name} はメールを送信していますが、{domain} 自体は {policy} を指定しているのに、{name} に適用されるポリシー（{domain} の {tag}=）は none です</translation>
    </message>
    <message>
        <source>Set sp= at _dmarc.{domain}, or publish a _dmarc record for {name}.</source>
        <translation>_dmarc.{domain} に sp= を設定するか、{name} 用の _dmarc レコードを公開してください。</translation>
    </message>
    <message>
        <source>A TXT character-string is longer than {limit} bytes: DNS cannot carry it</source>
        <translation>TXT レコードの文字列が {limit} バイトを超えています。DNS ではこの長さを扱えません</translation>
    </message>
    <message>
        <source>Split the text into quoted strings of at most 255 bytes: &quot;first part&quot; &quot;second part&quot;.</source>
        <translation>テキストを 255 バイト以下の文字列に分け、それぞれを引用符で囲んでください（例: &quot;first part&quot; &quot;second part&quot;）。</translation>
    </message>
    <message>
        <source>Because {tag}={value} is not valid, receivers treat the whole record as p=none (RFC 9989 §4.10.1): the mail it covers is not protected, {domain}&apos;s own included</source>
        <translation>{tag}={value} が不正な値のため、受信側はレコード全体を p=none として扱います（RFC 9989 4.10.1 節）。{domain} 自身のメールを含め、このレコードの対象となるメールは保護されません</translation>
    </message>
    <message>
        <source>Write {tag}= as none, quarantine or reject.</source>
        <translation>{tag}= には none、quarantine、reject のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Because {tag}={value} is not valid and rua has no valid address, receivers apply no DMARC at all to the mail this record covers (RFC 9989 §4.10.1)</source>
        <translation>{tag}={value} が不正な値で、rua= にも有効な送付先がないため、受信側はこのレコードの対象となるメールに DMARC を一切適用しません（RFC 9989 4.10.1 節）</translation>
    </message>
    <message>
        <source>{name} holds a DMARC record, but receivers read DMARC only at _dmarc names: this one is never used</source>
        <translation>{name} に DMARC レコードがありますが、受信側が DMARC レコードを参照するのは _dmarc の名前だけです。このレコードが使われることはありません</translation>
    </message>
    <message>
        <source>Publish it at {expected} instead (RFC 9989 §4.10.1).</source>
        <translation>{expected} に公開してください（RFC 9989 4.10.1 節）。</translation>
    </message>
    <message>
        <source>{name} holds an SPF record, but SPF is never looked up at a {label} name</source>
        <translation>{name} に SPF レコードがありますが、{label} の名前で SPF が参照されることはありません</translation>
    </message>
    <message>
        <source>Publish SPF at the domain that appears in MAIL FROM or HELO (RFC 7208 §3.1), and remove it here.</source>
        <translation>SPF レコードはエンベロープFrom（MAIL FROM）または HELO 名のドメインに公開し（RFC 7208 3.1 節）、ここからは削除してください。</translation>
    </message>
    <message>
        <source>{name} also publishes its SPF record as type SPF (99), which is obsolete</source>
        <translation>{name} は SPF レコードを廃止済みの SPF タイプ（99）でも公開しています</translation>
    </message>
    <message>
        <source>Remove the SPF-type record; keep the TXT record (RFC 7208 §14.1).</source>
        <translation>SPF タイプのレコードを削除し、TXT レコードだけを残してください（RFC 7208 14.1 節）。</translation>
    </message>
    <message>
        <source>{name} publishes SPF only as a record of type SPF (99): receivers read only TXT records, so the domain has no SPF record</source>
        <translation>{name} は SPF を SPF タイプ（99）のレコードでしか公開していません。受信側は TXT レコードしか参照しないため、このドメインには SPF レコードがないのと同じです</translation>
    </message>
    <message>
        <source>Publish the same text as a TXT record (RFC 7208 §3.1) and remove the SPF-type record.</source>
        <translation>同じ内容を TXT レコードとして公開し（RFC 7208 3.1 節）、SPF タイプのレコードは削除してください。</translation>
    </message>
    <message>
        <source>The record at {name} contains \; at position {position}: the backslash is part of the published text, so receivers cannot read the record</source>
        <translation>{name} のレコードの {position} 文字目に「\;」があります。バックスラッシュが公開される文字列の一部になっているため、受信側はこのレコードを読み取れません</translation>
    </message>
    <message>
        <source>Remove the backslashes. In a zone file \; already means just ;, and a DNS provider&apos;s web form needs no escaping.</source>
        <translation>バックスラッシュを削除してください。ゾーンファイルでは「\;」はもともと「;」と同じ意味で、DNS 事業者の管理画面ではエスケープは不要です。</translation>
    </message>
    <message>
        <source>The record at {name} contains {character} ({codepoint}) at position {position}: text copied from a web page or a word processor brings such characters along, and receivers cannot read the record</source>
        <translation>{name} のレコードの {position} 文字目に「{character}」（{codepoint}）があります。Web ページやワープロ文書からコピーした文字列にはこうした文字が紛れ込むことがあり、受信側はこのレコードを読み取れません</translation>
    </message>
    <message>
        <source>Retype the record as plain ASCII text (straight quotes, hyphen-minus, ordinary spaces) and publish it again.</source>
        <translation>レコードを半角英数字と記号だけで入力し直し（まっすぐな引用符、半角ハイフン、通常の半角スペース）、もう一度公開してください。</translation>
    </message>
    <message>
        <source>The lookup tree has more than {limit} terms that cause DNS lookups; it was not followed past &quot;{term}&quot;, so the counts are lower bounds</source>
        <translation>DNS 参照を伴う項目が参照ツリー全体で {limit} 個を超えたため、「{term}」より先はたどっていません。表示される回数は下限値です</translation>
    </message>
    <message>
        <source>Remove includes: receivers stop at 10 lookups (RFC 7208 section 4.6.4).</source>
        <translation>include を減らしてください。受信側は 10 回の参照で評価を打ち切ります（RFC 7208 4.6.4 節）。</translation>
    </message>
    <message>
        <source>&quot;{term}&quot; leads more than {limit} include/redirect levels deep; {target} was not followed</source>
        <translation>「{term}」は include/redirect が {limit} 段を超える深さまで続くため、{target} はたどっていません</translation>
    </message>
    <message>
        <source>Flatten the include chain: every level costs a lookup, and receivers stop at 10.</source>
        <translation>include の連鎖を平らにしてください。1 段ごとに参照が 1 回かかり、受信側は 10 回で打ち切ります。</translation>
    </message>
    <message>
        <source>{provider}&apos;s documentation gives no SPF facts: the SPF record may not authorise it</source>
        <translation>{provider} の資料には SPF の情報がありません。SPF レコードがこの送信元を許可していない可能性があります</translation>
    </message>
    <message>
        <source>Ask {provider} for its SPF include, or list its sending addresses as an &quot;ip&quot; or &quot;include&quot; source.</source>
        <translation>{provider} に SPF の include を問い合わせるか、送信サーバーのアドレスを &quot;ip&quot; または &quot;include&quot; のソースとして書いてください。</translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <source>&quot;{text}&quot; is not a ptype.property=value pair; it was skipped</source>
        <translation>「{text}」は ptype.property=value の形になっていないため、読み飛ばしました</translation>
    </message>
    <message>
        <source>The field does not start with the authserv-id (the name of the server that wrote it)</source>
        <translation>フィールドが authserv-id（このフィールドを書き込んだサーバーの名前）で始まっていません</translation>
    </message>
    <message>
        <source>The method {method} has no &quot;=result&quot;; it was skipped</source>
        <translation>認証方式 {method} に「=結果」がないため、読み飛ばしました</translation>
    </message>
    <message>
        <source>{authserv_id} recorded that it checked nothing (&quot;none&quot;)</source>
        <translation>{authserv_id} は何も検証しなかったと記録しています（「none」）</translation>
    </message>
    <message>
        <source>Unexpected text &quot;{text}&quot; was skipped</source>
        <translation>想定外の文字列「{text}」を読み飛ばしました</translation>
    </message>
    <message>
        <source>&quot;{result}&quot; is not a result defined for {method}</source>
        <translation>「{result}」は {method} に定義されている結果ではありません</translation>
    </message>
    <message>
        <source>A comment &quot;(&quot; is never closed; the rest of the field was read as the comment</source>
        <translation>コメントの「(」が閉じられていないため、フィールドの残りをコメントとして読みました</translation>
    </message>
    <message>
        <source>A quoted string is never closed; the rest of the field was read as its value</source>
        <translation>引用符で囲まれた文字列が閉じられていないため、フィールドの残りをその値として読みました</translation>
    </message>
    <message>
        <source>ARC fail at {authserv_id}: the chain of ARC seals is broken, so the results recorded by earlier hops cannot be trusted</source>
        <translation>{authserv_id} の判定は ARC fail（認証失敗）: ARC シールの連鎖が壊れているため、途中のサーバーが記録した認証結果は信頼できません</translation>
    </message>
    <message>
        <source>The ARC-Authentication-Results field does not start with i=N;</source>
        <translation>ARC-Authentication-Results フィールドが i=N; で始まっていません</translation>
    </message>
    <message>
        <source>ARC none at {authserv_id}: the message carried no ARC chain</source>
        <translation>{authserv_id} の判定は ARC none（認証情報なし）: メールに ARC の連鎖はありませんでした</translation>
    </message>
    <message>
        <source>ARC pass at {authserv_id}: the intermediaries&apos; ARC seals verify, so a receiver may trust the authentication results they recorded before forwarding</source>
        <translation>{authserv_id} の判定は ARC pass（認証成功）: 中継したサーバーの ARC シールを検証できたため、受信側は転送前に記録された認証結果を信頼できます</translation>
    </message>
    <message>
        <source>{identifier} is aligned with the From domain {from}: this signature can make DMARC pass</source>
        <translation>{identifier} はヘッダFrom のドメイン {from} とアライメントが一致しています。この署名で DMARC を pass（認証成功）にできます</translation>
    </message>
    <message>
        <source>DKIM fail at {authserv_id}: the signature of {domain} (selector {selector}) does not verify; the message was changed after signing, or the key does not match</source>
        <translation>{authserv_id} の判定は DKIM fail（認証失敗）: {domain} の署名（セレクタ {selector}）を検証できませんでした。署名後にメールが改変されたか、鍵が一致していません</translation>
    </message>
    <message>
        <source>DKIM neutral at {authserv_id}: the signature of {domain} could not be checked (syntax or unsupported algorithm)</source>
        <translation>{authserv_id} の判定は DKIM neutral（判定なし）: {domain} の署名を検証できませんでした（構文の誤り、または未対応のアルゴリズム）</translation>
    </message>
    <message>
        <source>DKIM none at {authserv_id}: the message was not signed</source>
        <translation>{authserv_id} の判定は DKIM none（認証情報なし）: メールに署名がありませんでした</translation>
    </message>
    <message>
        <source>{identifier} is not aligned with the From domain {from}: this signature cannot make DMARC pass</source>
        <translation>{identifier} はヘッダFrom のドメイン {from} とアライメントが一致していません。この署名では DMARC を pass（認証成功）にできません</translation>
    </message>
    <message>
        <source>DKIM pass at {authserv_id}: the signature of {domain} (selector {selector}) verifies; the signed parts of the message are unchanged</source>
        <translation>{authserv_id} の判定は DKIM pass（認証成功）: {domain} の署名（セレクタ {selector}）を検証できました。署名された部分は改変されていません</translation>
    </message>
    <message>
        <source>DKIM permerror at {authserv_id}: the signature of {domain} cannot be verified (for example no key at selector {selector})</source>
        <translation>{authserv_id} の判定は DKIM permerror（恒久エラー）: {domain} の署名を検証できません（セレクタ {selector} に鍵がない、など）</translation>
    </message>
    <message>
        <source>DKIM policy at {authserv_id}: the signature of {domain} verifies but the receiver&apos;s local policy did not accept it</source>
        <translation>{authserv_id} の判定は DKIM policy: {domain} の署名は検証できましたが、受信側の独自ポリシーにより受け入れられませんでした</translation>
    </message>
    <message>
        <source>A DKIM-Signature has no d= or s= tag</source>
        <translation>DKIM-Signature に d= タグまたは s= タグがありません</translation>
    </message>
    <message>
        <source>A DKIM-Signature has {count} tag-list problem(s)</source>
        <translation>DKIM-Signature のタグリストに問題が {count} 件あります</translation>
    </message>
    <message>
        <source>DKIM temperror at {authserv_id}: the key of {domain} could not be fetched at the time</source>
        <translation>{authserv_id} の判定は DKIM temperror（一時エラー）: その時点で {domain} の鍵を取得できませんでした</translation>
    </message>
    <message>
        <source>DMARC none at {authserv_id}: {from} publishes no DMARC policy, so receivers apply none</source>
        <translation>{authserv_id} の判定は DMARC none（認証情報なし）: {from} は DMARC ポリシーを公開していないため、受信側はポリシーを適用しません</translation>
    </message>
    <message>
        <source>The receiver evaluated DMARC for {from}, which is not the From domain found in this header block</source>
        <translation>受信側は {from} について DMARC を評価しましたが、これはこのヘッダにあるヘッダFrom のドメインではありません</translation>
    </message>
    <message>
        <source>DMARC pass at {authserv_id} for {from}: SPF or DKIM passed with a domain aligned with From</source>
        <translation>{authserv_id} での {from} の判定は DMARC pass（認証成功）: SPF または DKIM が、ヘッダFrom とアライメントが一致するドメインで pass（認証成功）しました</translation>
    </message>
    <message>
        <source>DMARC permerror at {authserv_id}: the DMARC record of {from} could not be used</source>
        <translation>{authserv_id} の判定は DMARC permerror（恒久エラー）: {from} の DMARC レコードを使えませんでした</translation>
    </message>
    <message>
        <source>The receiver noted the policy as ({policy_comment})</source>
        <translation>受信側はポリシーを（{policy_comment}）と記録しています</translation>
    </message>
    <message>
        <source>DMARC temperror at {authserv_id}: the DMARC record of {from} could not be fetched at the time</source>
        <translation>{authserv_id} の判定は DMARC temperror（一時エラー）: その時点で {from} の DMARC レコードを取得できませんでした</translation>
    </message>
    <message>
        <source>The From field &quot;{text}&quot; holds no address with a domain: DMARC cannot be evaluated</source>
        <translation>From フィールド「{text}」にドメイン付きのアドレスがないため、DMARC を評価できません</translation>
    </message>
    <message>
        <source>Line {line} is not a header field and was ignored: &quot;{text}&quot;</source>
        <translation>{line} 行目はヘッダフィールドではないため無視しました: 「{text}」</translation>
    </message>
    <message>
        <source>{method}={result} at {authserv_id}</source>
        <translation>{authserv_id} の判定: {method}={result}</translation>
    </message>
    <message>
        <source>From names {count} mailboxes: receivers may refuse DMARC evaluation (RFC 9989 §5.3.1)</source>
        <translation>From に {count} 個のメールボックスが指定されています。受信側は DMARC の評価を行わない場合があります（RFC 9989 5.3.1 節）</translation>
    </message>
    <message>
        <source>The message has no Authentication-Results or Received-SPF field: the receiving server recorded nothing (or it was removed)</source>
        <translation>メールに Authentication-Results フィールドも Received-SPF フィールドもありません。受信サーバーが何も記録しなかったか、記録が削除されています</translation>
    </message>
    <message>
        <source>The message has no From field: DMARC cannot be evaluated</source>
        <translation>メールに From フィールドがないため、DMARC を評価できません</translation>
    </message>
    <message>
        <source>The input could not be read as a message or header block</source>
        <translation>入力をメールまたはメールヘッダとして読み取れませんでした</translation>
    </message>
    <message>
        <source>Reason given: {reason}</source>
        <translation>理由の記載: {reason}</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; in Received-SPF is not a key=value pair</source>
        <translation>Received-SPF の「{text}」は key=value の形になっていません</translation>
    </message>
    <message>
        <source>&quot;{result}&quot; is not an SPF result</source>
        <translation>「{result}」は SPF の認証結果ではありません</translation>
    </message>
    <message>
        <source>{method}: the receiver recorded {recorded}, today&apos;s DNS gives {today}</source>
        <translation>{method}: 受信側の記録は {recorded} ですが、現在の DNS では {today} になります</translation>
    </message>
    <message>
        <source>No client IP address in Received-SPF or Received: SPF cannot be checked again</source>
        <translation>Received-SPF にも Received にも送信元の IP アドレスがないため、SPF を再検証できません</translation>
    </message>
    <message>
        <source>{method}: today&apos;s DNS gives {today}, as the receiver recorded</source>
        <translation>{method}: 現在の DNS でも、受信側の記録と同じ {today} になります</translation>
    </message>
    <message>
        <source>{identifier} is aligned with the From domain {from}: this SPF pass can make DMARC pass</source>
        <translation>{identifier} はヘッダFrom のドメイン {from} とアライメントが一致しています。この SPF の pass（認証成功）で DMARC を pass にできます</translation>
    </message>
    <message>
        <source>SPF fail at {authserv_id}: the SPF record of {domain} says the sending server may not send its mail</source>
        <translation>{authserv_id} の判定は SPF fail（認証失敗）: {domain} の SPF レコードは、送信元サーバーにこのドメインのメールの送信を許可していません</translation>
    </message>
    <message>
        <source>SPF passed for the HELO name only; DMARC uses the MAIL FROM domain, so this cannot make DMARC pass</source>
        <translation>SPF が pass（認証成功）したのは HELO 名だけです。DMARC が使うのはエンベロープFrom（MAIL FROM）のドメインなので、これでは DMARC を pass にできません</translation>
    </message>
    <message>
        <source>SPF neutral at {authserv_id}: the SPF record of {domain} makes no statement about the sending server</source>
        <translation>{authserv_id} の判定は SPF neutral（判定なし）: {domain} の SPF レコードは、送信元サーバーについて何も宣言していません</translation>
    </message>
    <message>
        <source>SPF none at {authserv_id}: {domain} publishes no SPF record</source>
        <translation>{authserv_id} の判定は SPF none（認証情報なし）: {domain} は SPF レコードを公開していません</translation>
    </message>
    <message>
        <source>{identifier} is not aligned with the From domain {from}: this SPF pass cannot make DMARC pass (typical for mail sent through a service using its own bounce domain)</source>
        <translation>{identifier} はヘッダFrom のドメイン {from} とアライメントが一致していません。この SPF の pass（認証成功）では DMARC を pass にできません（配信サービスが独自のエラーメール返送用ドメインを使う場合によくあります）</translation>
    </message>
    <message>
        <source>SPF pass at {authserv_id}: the sending server is authorised by the SPF record of {domain}</source>
        <translation>{authserv_id} の判定は SPF pass（認証成功）: 送信元サーバーは {domain} の SPF レコードで許可されています</translation>
    </message>
    <message>
        <source>SPF permerror at {authserv_id}: the SPF record of {domain} is broken (syntax or too many DNS lookups)</source>
        <translation>{authserv_id} の判定は SPF permerror（恒久エラー）: {domain} の SPF レコードに誤りがあります（構文の誤り、または DNS 参照回数の超過）</translation>
    </message>
    <message>
        <source>SPF softfail at {authserv_id}: the SPF record of {domain} says the sending server is probably not allowed (~all)</source>
        <translation>{authserv_id} の判定は SPF softfail（認証失敗の可能性）: {domain} の SPF レコードによると、送信元サーバーはおそらく許可されていません（~all）</translation>
    </message>
    <message>
        <source>SPF temperror at {authserv_id}: DNS for {domain} failed at the time</source>
        <translation>{authserv_id} の判定は SPF temperror（一時エラー）: その時点で {domain} の DNS 問い合わせに失敗しました</translation>
    </message>
    <message>
        <source>DMARC fail at {authserv_id} for {from}: no aligned SPF or DKIM pass, so the receiver applies the domain&apos;s DMARC policy</source>
        <translation>{authserv_id} での {from} の判定は DMARC fail（認証失敗）: アライメントが一致する SPF・DKIM の pass（認証成功）がないため、受信側はこのドメインの DMARC ポリシーを適用します</translation>
    </message>
    <message>
        <source>The field holds more than {limit} results: the rest of it was not read</source>
        <translation>このフィールドには {limit} 個を超える結果があります: 残りは読み取っていません</translation>
    </message>
    <message>
        <source>{count} more problems in this field are not listed</source>
        <translation>このフィールドの問題はほかに {count} 件ありますが、一覧には含めていません</translation>
    </message>
    <message>
        <source>The {name} field at line {line} is {size} bytes long, over the limit of {limit}: it was not analysed</source>
        <translation>{line} 行目の {name} フィールドは {size} バイトで、上限 {limit} を超えているため解析していません</translation>
    </message>
    <message>
        <source>The header block is {size} bytes, over the limit of {limit}: it was not analysed</source>
        <translation>ヘッダブロックが {size} バイトで、上限 {limit} を超えているため解析していません</translation>
    </message>
    <message>
        <source>The input is {size} bytes, over the limit of {limit}: it was not analysed (give only the header block)</source>
        <translation>入力が {size} バイトで、上限 {limit} を超えているため解析していません（ヘッダブロックだけを渡してください）</translation>
    </message>
    <message>
        <source>{count} more problems are not listed (at most {limit} are)</source>
        <translation>問題はほかに {count} 件ありますが、一覧には含めていません（一覧は最大 {limit} 件）</translation>
    </message>
    <message>
        <source>The message has {count} {name} fields: only the first {limit} were analysed</source>
        <translation>メッセージに {name} フィールドが {count} 個あります: 解析したのは先頭の {limit} 個だけです</translation>
    </message>
    <message>
        <source>More than {limit} lines are not header fields (the next at line {line}): the input was not read as a message</source>
        <translation>ヘッダフィールドではない行が {limit} 行を超えています（次は {line} 行目）: 入力をメッセージとして読み取れませんでした</translation>
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
        <source>published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source>DNS settings</source>
        <translation>DNS 設定</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>エラーあり</translation>
    </message>
    <message>
        <source>has warnings</source>
        <translation>警告あり</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>depends on the sender (macro)</source>
        <translation>送信者によって変わる（マクロ）</translation>
    </message>
    <message>
        <source>domain does not exist</source>
        <translation>ドメインが存在しない</translation>
    </message>
    <message>
        <source>no SPF record there</source>
        <translation>SPF レコードがない</translation>
    </message>
    <message>
        <source>invalid record there</source>
        <translation>レコードが不正</translation>
    </message>
    <message>
        <source>include loop</source>
        <translation>include がループしている</translation>
    </message>
    <message>
        <source>%1 (never reached)</source>
        <translation>%1（評価されない）</translation>
    </message>
    <message>
        <source>%1 key, %2 bits</source>
        <translation>%1 鍵、%2 ビット</translation>
    </message>
    <message>
        <source>delegated</source>
        <translation>委任</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>pass</source>
        <translation>pass（認証成功）</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail（認証失敗）</translation>
    </message>
    <message>
        <source>softfail</source>
        <translation>softfail（認証失敗の可能性）</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral（判定なし）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none（認証情報なし）</translation>
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
    <name>Results</name>
    <message>
        <source>{domain} does not designate {ip} as a permitted sender</source>
        <translation>{domain} は {ip} を送信元として許可していません</translation>
    </message>
    <message>
        <source>The explanation named by exp={name} is unusable; the default explanation applies</source>
        <translation>exp={name} で指定された説明文は使えないため、既定の説明文を使います</translation>
    </message>
    <message>
        <source>{name} is not a valid domain name</source>
        <translation>{name} は有効なドメイン名ではありません</translation>
    </message>
    <message>
        <source>&quot;{term}&quot; goes over the limit of {limit} terms that cause DNS lookups</source>
        <translation>「{term}」で、DNS 参照を伴う項目の上限 {limit} 個を超えました</translation>
    </message>
    <message>
        <source>{name} publishes {count} SPF records</source>
        <translation>{name} に SPF レコードが {count} 件あります</translation>
    </message>
    <message>
        <source>{name} has {count} MX records, more than the 10 one mx mechanism may use</source>
        <translation>{name} には MX レコードが {count} 件あり、1 つの mx メカニズムで扱える 10 件を超えています</translation>
    </message>
    <message>
        <source>{name} publishes no SPF record</source>
        <translation>{name} には SPF レコードがありません</translation>
    </message>
    <message>
        <source>{name} gave no answer: more than {limit} void lookups</source>
        <translation>{name} の応答が空でした。空の参照（void lookup）が上限 {limit} 回を超えました</translation>
    </message>
    <message>
        <source>l= signs only {signed} of {total} body octets: anyone can append content that still passes</source>
        <translation>l= により、本文 {total} バイトのうち {signed} バイトしか署名されていません。誰でも内容を書き足すことができ、それでも検証は pass（認証成功）になります</translation>
    </message>
    <message>
        <source>t={timestamp} is in the future: the signer&apos;s clock may be wrong</source>
        <translation>t={timestamp} は未来の時刻です。署名した側の時計がずれている可能性があります</translation>
    </message>
    <message>
        <source>The key record has t=y (testing): receivers may treat the message as unsigned</source>
        <translation>鍵レコードに t=y（テストモード）があります。受信側はこのメールを署名なしとして扱う場合があります</translation>
    </message>
    <message>
        <source>The key is published as PKCS#1 RSAPublicKey, which some verifiers reject</source>
        <translation>鍵が PKCS#1 の RSAPublicKey 形式で公開されています。受け付けない検証側もあります</translation>
    </message>
    <message>
        <source>rsa-sha1 signature, and it does not verify either</source>
        <translation>rsa-sha1 の署名で、しかも検証にも失敗しています</translation>
    </message>
    <message>
        <source>The rsa-sha1 signature is cryptographically valid, but RFC 8301 §3.1 says it must not be accepted</source>
        <translation>rsa-sha1 の署名は暗号的には正しいものの、RFC 8301 3.1 節により受け入れてはならないことになっています</translation>
    </message>
    <message>
        <source>The body changed after signing (body hash mismatch)</source>
        <translation>署名後に本文が変更されています（本文ハッシュの不一致）</translation>
    </message>
    <message>
        <source>l= is longer than the body: the body was shortened after signing</source>
        <translation>l= の値が本文より長くなっています。署名後に本文が短くなっています</translation>
    </message>
    <message>
        <source>The key at {selector}._domainkey.{domain} could not be fetched now (DNS failure)</source>
        <translation>{selector}._domainkey.{domain} の鍵を現在取得できません（DNS の障害）</translation>
    </message>
    <message>
        <source>The signature expired (x= is in the past)</source>
        <translation>署名の有効期限が切れています（x= が過去の時刻です）</translation>
    </message>
    <message>
        <source>h= does not include From, which RFC 6376 §5.4 requires</source>
        <translation>h= に From が含まれていません。RFC 6376 5.4 節では From の署名が必須です</translation>
    </message>
    <message>
        <source>i= is not at or below d={domain}</source>
        <translation>i= が d={domain} またはそのサブドメインになっていません</translation>
    </message>
    <message>
        <source>The key at {selector}._domainkey.{domain} is not of the type {algorithm} needs</source>
        <translation>{selector}._domainkey.{domain} の鍵は、{algorithm} に必要な種類の鍵ではありません</translation>
    </message>
    <message>
        <source>The key record&apos;s h= does not allow the hash of {algorithm}</source>
        <translation>鍵レコードの h= が {algorithm} のハッシュを許可していません</translation>
    </message>
    <message>
        <source>No key record at {selector}._domainkey.{domain}</source>
        <translation>{selector}._domainkey.{domain} に鍵レコードがありません</translation>
    </message>
    <message>
        <source>The key at {selector}._domainkey.{domain} is revoked (empty p=)</source>
        <translation>{selector}._domainkey.{domain} の鍵は失効しています（p= が空）</translation>
    </message>
    <message>
        <source>The key record&apos;s s= excludes email</source>
        <translation>鍵レコードの s= に email が含まれていません</translation>
    </message>
    <message>
        <source>The record at {selector}._domainkey.{domain} is not a usable key record</source>
        <translation>{selector}._domainkey.{domain} のレコードは、使用できる鍵レコードではありません</translation>
    </message>
    <message>
        <source>The RSA key has {bits} bits; RFC 8301 §3.2 forbids accepting keys under 1024 bits</source>
        <translation>RSA 鍵が {bits} ビットです。RFC 8301 3.2 節により、1024 ビット未満の鍵は受け入れてはならないことになっています</translation>
    </message>
    <message>
        <source>The message has no DKIM-Signature</source>
        <translation>メールに DKIM-Signature がありません</translation>
    </message>
    <message>
        <source>The signature of {domain} verifies</source>
        <translation>{domain} の署名を検証できました</translation>
    </message>
    <message>
        <source>The signed header fields changed after signing, or the key does not match (signature mismatch)</source>
        <translation>署名後に署名対象のヘッダフィールドが変更されたか、鍵が一致していません（署名の不一致）</translation>
    </message>
    <message>
        <source>The DKIM-Signature field is malformed or lacks a required tag</source>
        <translation>DKIM-Signature フィールドの形式が不正か、必須のタグがありません</translation>
    </message>
    <message>
        <source>a={algorithm} is not an algorithm verifiers support</source>
        <translation>a={algorithm} は検証側が対応しているアルゴリズムではありません</translation>
    </message>
    <message>
        <source>The DKIM-Signature has a version other than v=1</source>
        <translation>DKIM-Signature のバージョンが v=1 ではありません</translation>
    </message>
    <message>
        <source>rsa-sha1 signatures fail: RFC 8301 §3.1 says verifiers must not consider them valid</source>
        <translation>rsa-sha1 の署名は fail（認証失敗）になります。RFC 8301 3.1 節により、検証側はこれを有効とみなしてはならないことになっています</translation>
    </message>
    <message>
        <source>DKIM passed for {dkim_domain} (selector {selector}), which is aligned with {from} ({mode} alignment)</source>
        <translation>DKIM は {dkim_domain}（セレクタ {selector}）で pass（認証成功）し、{from} とアライメントが一致しています（{mode} アライメント）</translation>
    </message>
    <message>
        <source>The message has no DKIM signature to align with {from}</source>
        <translation>{from} とアライメントを取れる DKIM 署名がメールにありません</translation>
    </message>
    <message>
        <source>DKIM passed for {dkim_domain} but it is not aligned with {from}: their organizational domains {dkim_org} and {from_org} differ</source>
        <translation>DKIM は {dkim_domain} で pass（認証成功）しましたが、{from} とアライメントが一致しません。組織ドメインが {dkim_org} と {from_org} で異なります</translation>
    </message>
    <message>
        <source>DKIM passed for {dkim_domain} but adkim=s (strict) needs exactly {from}</source>
        <translation>DKIM は {dkim_domain} で pass（認証成功）しましたが、adkim=s（strict）ではドメインが {from} と完全に一致する必要があります</translation>
    </message>
    <message>
        <source>The DKIM signature of {dkim_domain} (selector {selector}) gave {result}: it cannot make DMARC pass</source>
        <translation>{dkim_domain}（セレクタ {selector}）の DKIM 署名の結果は {result} です。これでは DMARC を pass（認証成功）にできません</translation>
    </message>
    <message>
        <source>&quot;{from}&quot; is not a usable From domain: DMARC cannot be evaluated</source>
        <translation>「{from}」はヘッダFrom のドメインとして使えないため、DMARC を評価できません</translation>
    </message>
    <message>
        <source>DMARC fail for {from}: neither SPF nor DKIM gave an aligned pass. The {tag}={policy} policy of _dmarc.{policy_domain} asks receivers for: {disposition}</source>
        <translation>{from} の DMARC は fail（認証失敗）: SPF・DKIM のどちらも、アライメントが一致した pass（認証成功）になりませんでした。_dmarc.{policy_domain} のポリシー {tag}={policy} により、受信側に求められる扱いは {disposition} です</translation>
    </message>
    <message>
        <source>No DMARC policy record applies to {from} (organizational domain {org_domain}): receivers apply no DMARC policy</source>
        <translation>{from}（組織ドメイン {org_domain}）に適用される DMARC ポリシーのレコードがありません。受信側は DMARC ポリシーを適用しません</translation>
    </message>
    <message>
        <source>DMARC pass for {from}: both SPF ({spf_domain}) and DKIM ({dkim_domain}) are aligned</source>
        <translation>{from} の DMARC は pass（認証成功）: SPF（{spf_domain}）と DKIM（{dkim_domain}）の両方でアライメントが一致しています</translation>
    </message>
    <message>
        <source>DMARC pass for {from}: DKIM ({dkim_domain}) is aligned</source>
        <translation>{from} の DMARC は pass（認証成功）: DKIM（{dkim_domain}）でアライメントが一致しています</translation>
    </message>
    <message>
        <source>DMARC pass for {from}: SPF ({spf_domain}) is aligned</source>
        <translation>{from} の DMARC は pass（認証成功）: SPF（{spf_domain}）でアライメントが一致しています</translation>
    </message>
    <message>
        <source>The DMARC record at _dmarc.{policy_domain} has an invalid policy value and no valid rua: receivers apply no DMARC processing</source>
        <translation>_dmarc.{policy_domain} の DMARC レコードはポリシーの値が不正で、有効な rua もありません。受信側は DMARC の処理を行いません</translation>
    </message>
    <message>
        <source>DMARC could not be evaluated: the DNS query for {name} failed temporarily ({error})</source>
        <translation>DMARC を評価できませんでした。{name} の DNS 問い合わせが一時的に失敗しました（{error}）</translation>
    </message>
    <message>
        <source>Organizational domain of {domain}: {psl} by the Public Suffix List but {treewalk} by the RFC 9989 DNS tree walk. Receivers using different methods will align and apply policy differently</source>
        <translation>{domain} の組織ドメインは、Public Suffix List では {psl}、RFC 9989 の DNS ツリーウォークでは {treewalk} です。方式の異なる受信側では、アライメントの判定や適用されるポリシーが変わります</translation>
    </message>
    <message>
        <source>Organizational domain of {domain}: {psl} by both the Public Suffix List and the DNS tree walk</source>
        <translation>{domain} の組織ドメインは、Public Suffix List でも DNS ツリーウォークでも {psl} です</translation>
    </message>
    <message>
        <source>Organizational domain of {domain}: {psl} by the Public Suffix List; the DNS tree walk failed at {name} ({error})</source>
        <translation>{domain} の組織ドメインは、Public Suffix List では {psl} です。DNS ツリーウォークは {name} で失敗しました（{error}）</translation>
    </message>
    <message>
        <source>Policy for {domain} differs by method: {psl} with the Public Suffix List, {treewalk} with the DNS tree walk</source>
        <translation>{domain} のポリシーは方式によって異なります。Public Suffix List では {psl}、DNS ツリーウォークでは {treewalk} です</translation>
    </message>
    <message>
        <source>The policy comes from the public suffix domain {policy_domain} (psd=y), because the organizational domain publishes no record</source>
        <translation>組織ドメインがレコードを公開していないため、パブリックサフィックスのドメイン {policy_domain}（psd=y）のポリシーが適用されます</translation>
    </message>
    <message>
        <source>The record at _dmarc.{policy_domain} has an invalid policy value; because it has a valid rua, receivers act as if it said p=none</source>
        <translation>_dmarc.{policy_domain} のレコードはポリシーの値が不正です。有効な rua があるため、受信側は p=none が指定されたものとして扱います</translation>
    </message>
    <message>
        <source>{from} does not exist in DNS (NXDOMAIN), so the policy for non-existent subdomains applies: {tag}={policy}</source>
        <translation>{from} は DNS に存在しない（NXDOMAIN）ため、存在しないサブドメイン向けのポリシーが適用されます: {tag}={policy}</translation>
    </message>
    <message>
        <source>Legacy pct={pct}: receivers that still follow RFC 7489 apply {policy} to {pct}% of failing mail and {lower} to the rest; RFC 9989 receivers ignore pct</source>
        <translation>旧形式の pct={pct}: RFC 7489 に従う受信側は、認証に失敗したメールの {pct}% に {policy} を、残りに {lower} を適用します。RFC 9989 に従う受信側は pct を無視します</translation>
    </message>
    <message>
        <source>Policy for {domain} is the same with the Public Suffix List and the DNS tree walk: {psl}</source>
        <translation>{domain} のポリシーは、Public Suffix List でも DNS ツリーウォークでも同じ {psl} です</translation>
    </message>
    <message>
        <source>t=y (testing): the {policy} policy is applied one step lower, as {disposition}</source>
        <translation>t=y（テストモード）: ポリシー {policy} は一段階ゆるい {disposition} として適用されます</translation>
    </message>
    <message>
        <source>SPF passed for {spf_domain}, which is aligned with {from} ({mode} alignment)</source>
        <translation>SPF は {spf_domain} で pass（認証成功）し、{from} とアライメントが一致しています（{mode} アライメント）</translation>
    </message>
    <message>
        <source>SPF passed only for the HELO name {spf_domain}; DMARC uses the MAIL FROM identity alone (RFC 9989), so this cannot align</source>
        <translation>SPF が pass（認証成功）したのは HELO 名 {spf_domain} だけです。DMARC が使うのはエンベロープFrom（MAIL FROM）だけなので（RFC 9989）、アライメントは一致しません</translation>
    </message>
    <message>
        <source>No SPF result for a MAIL FROM domain</source>
        <translation>エンベロープFrom（MAIL FROM）のドメインについて SPF の結果がありません</translation>
    </message>
    <message>
        <source>SPF passed for {spf_domain} but it is not aligned with {from}: their organizational domains {spf_org} and {from_org} differ</source>
        <translation>SPF は {spf_domain} で pass（認証成功）しましたが、{from} とアライメントが一致しません。組織ドメインが {spf_org} と {from_org} で異なります</translation>
    </message>
    <message>
        <source>SPF passed for {spf_domain} but aspf=s (strict) needs exactly {from}</source>
        <translation>SPF は {spf_domain} で pass（認証成功）しましたが、aspf=s（strict）ではドメインが {from} と完全に一致する必要があります</translation>
    </message>
    <message>
        <source>SPF gave {result} for {spf_domain}: it cannot make DMARC pass</source>
        <translation>{spf_domain} の SPF の結果は {result} です。これでは DMARC を pass（認証成功）にできません</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>Your own server sends with your envelope and signs with your domain&apos;s key.</source>
        <translation>自社のサーバーが、自ドメインのエンベロープFrom で送信し、自ドメインの鍵で署名します。</translation>
    </message>
    <message>
        <source>A recipient&apos;s mailbox forwards the message from its own server, keeping your envelope and the message unchanged.</source>
        <translation>受信者のメールボックスが、エンベロープFrom もメールの内容も変えずに、自身のサーバーからメールを転送します。</translation>
    </message>
    <message>
        <source>A forwarder rewrites the envelope to its own domain with SRS and passes the message on unchanged.</source>
        <translation>転送サーバーが SRS でエンベロープFrom を自身のドメインに書き換え、メールの内容は変えずに転送します。</translation>
    </message>
    <message>
        <source>A mailing list tags the Subject, appends a footer, sends with its own envelope and signs with its own domain; From stays yours.</source>
        <translation>メーリングリストが件名にタグを付け、本文にフッターを追加し、自身のエンベロープFrom で送信して自身のドメインで署名します。ヘッダFrom はあなたのアドレスのままです。</translation>
    </message>
    <message>
        <source>A mailing list that modifies the message and also puts its own address in From (your address moves to Reply-To).</source>
        <translation>メールの内容を変更し、さらにヘッダFrom を自身のアドレスに書き換えるメーリングリストです（あなたのアドレスは Reply-To に移ります）。</translation>
    </message>
    <message>
        <source>A spoofer uses a subdomain of yours that does not exist, without a signature.</source>
        <translation>なりすまし送信者が、あなたのドメインの存在しないサブドメインを使い、署名なしで送信します。</translation>
    </message>
    <message>
        <source>A sending provider signs with your domain through a selector you delegate to it by CNAME, and bounces to its own domain.</source>
        <translation>メール配信事業者が、CNAME で委任したセレクタを通じてあなたのドメインで署名し、エラーメールは自身のドメインで受け取ります。</translation>
    </message>
    <message>
        <source>A sending provider uses its own bounce domain and signs with its own domain (a third-party signature).</source>
        <translation>メール配信事業者が、自身のエラーメール返送用ドメインを使い、自身のドメインで署名します（第三者署名）。</translation>
    </message>
    <message>
        <source>A sending provider bounces to a subdomain of yours pointed at it by CNAME, and signs with its own domain.</source>
        <translation>メール配信事業者が、CNAME で事業者に向けたあなたのサブドメインでエラーメールを受け取り、自身のドメインで署名します。</translation>
    </message>
    <message>
        <source>Someone else&apos;s server sends with your address in From and in the envelope, without a signature.</source>
        <translation>第三者のサーバーが、ヘッダFrom とエンベロープFrom にあなたのアドレスを使い、署名なしで送信します。</translation>
    </message>
    <message>
        <source>Your own server sends as a subdomain that exists, signed with your domain&apos;s key; the subdomain has no SPF record of its own.</source>
        <translation>自社のサーバーが、実在するサブドメインのアドレスで送信し、自ドメインの鍵で署名します。そのサブドメインには独自の SPF レコードがありません。</translation>
    </message>
    <message>
        <source>An application on your server sends without a signature, with the envelope on a subdomain whose SPF redirects to yours.</source>
        <translation>自社サーバー上のアプリケーションが、署名なしで送信します。エンベロープFrom はサブドメインで、その SPF レコードは redirect で自ドメインの SPF を参照しています。</translation>
    </message>
    <message>
        <source>Direct from your own server</source>
        <translation>自社サーバーから直接送信</translation>
    </message>
    <message>
        <source>Forwarded by the recipient&apos;s mailbox</source>
        <translation>受信者のメールボックスによる転送</translation>
    </message>
    <message>
        <source>Forwarded with SRS</source>
        <translation>SRS を使った転送</translation>
    </message>
    <message>
        <source>Mailing list that modifies the message</source>
        <translation>メールを変更するメーリングリスト</translation>
    </message>
    <message>
        <source>Mailing list that rewrites From</source>
        <translation>ヘッダFrom を書き換えるメーリングリスト</translation>
    </message>
    <message>
        <source>Spoofed non-existent subdomain</source>
        <translation>存在しないサブドメインのなりすまし</translation>
    </message>
    <message>
        <source>Sending provider with a delegated selector</source>
        <translation>セレクタを委任したメール配信事業者</translation>
    </message>
    <message>
        <source>Sending provider with its own domain</source>
        <translation>事業者のドメインを使うメール配信事業者</translation>
    </message>
    <message>
        <source>Sending provider with a custom return path</source>
        <translation>独自の Return-Path を使うメール配信事業者</translation>
    </message>
    <message>
        <source>Spoofer on an unauthorised server</source>
        <translation>許可されていないサーバーからのなりすまし</translation>
    </message>
    <message>
        <source>Mail from an existing subdomain</source>
        <translation>実在するサブドメインからのメール</translation>
    </message>
    <message>
        <source>Envelope on a subdomain</source>
        <translation>サブドメインのエンベロープFrom</translation>
    </message>
    <message>
        <source>{name} is simulated as a CNAME to the provider&apos;s key at {target}.</source>
        <translation>シミュレーションでは、{name} を事業者の鍵 {target} への CNAME として扱います。</translation>
    </message>
    <message>
        <source>The DMARC record at {name} is simulated as &quot;{record}&quot; (published: &quot;{published}&quot;).</source>
        <translation>シミュレーションでは、{name} の DMARC レコードを「{record}」として扱います（公開中のレコード: 「{published}」）。</translation>
    </message>
    <message>
        <source>{name} has no DMARC record: simulated with &quot;{record}&quot;.</source>
        <translation>{name} には DMARC レコードがないため、「{record}」としてシミュレーションします。</translation>
    </message>
    <message>
        <source>No DKIM key is published at {name}: a generated {algorithm} key is published there for the simulation.</source>
        <translation>{name} に DKIM 鍵が公開されていないため、シミュレーション用に生成した {algorithm} 鍵をそこに公開したものとして扱います。</translation>
    </message>
    <message>
        <source>The private key for {name} is not available: a generated {algorithm} key replaces the published one for the simulation.</source>
        <translation>{name} の秘密鍵がないため、シミュレーションでは公開中の鍵の代わりに、生成した {algorithm} 鍵を使います。</translation>
    </message>
    <message>
        <source>Your own server is taken to be {ip} ({helo}), found in the DNS of {domain}; set own_ip to use another.</source>
        <translation>{domain} の DNS で見つかった {ip}（{helo}）を自社のサーバーとみなします。別のアドレスを使うには own_ip を指定してください。</translation>
    </message>
    <message>
        <source>No address found in the DNS of {domain} is authorised by its SPF record; {ip} is used as your own server.</source>
        <translation>{domain} の DNS で見つかったアドレスはどれも SPF レコードで許可されていないため、{ip} を自社のサーバーとして使います。</translation>
    </message>
    <message>
        <source>The DNS of {domain} names no server (no MX, A or SPF address): {ip} stands in; set own_ip to your server&apos;s address.</source>
        <translation>{domain} の DNS にはサーバーの記載がありません（MX、A、SPF のいずれのアドレスもありません）。代わりに {ip} を使います。own_ip に自社サーバーのアドレスを指定してください。</translation>
    </message>
    <message>
        <source>The scenario assumes {name} {type} &quot;{value}&quot;; your DNS already has that name, so your records are used.</source>
        <translation>このシナリオは {name} の {type} レコード「{value}」を前提としていますが、その名前はすでに DNS にあるため、あなたのレコードを使います。</translation>
    </message>
    <message>
        <source>The scenario assumes {name} {type} &quot;{value}&quot; (published for the simulation).</source>
        <translation>このシナリオは {name} の {type} レコード「{value}」を前提としています（シミュレーション用に公開したものとして扱います）。</translation>
    </message>
    <message>
        <source>{domain} does not sign in this run (sign=off).</source>
        <translation>今回の実行では {domain} は署名しません（sign=off）。</translation>
    </message>
    <message>
        <source>DKIM alignment in your DMARC record: r (relaxed) or s (strict)</source>
        <translation>DMARC レコードの DKIM アライメント: r（relaxed・緩やか）または s（strict・厳密）</translation>
    </message>
    <message>
        <source>SPF alignment in your DMARC record: r (relaxed) or s (strict)</source>
        <translation>DMARC レコードの SPF アライメント: r（relaxed・緩やか）または s（strict・厳密）</translation>
    </message>
    <message>
        <source>Canonicalization your signatures use (header/body)</source>
        <translation>署名に使う正規化方式（ヘッダ/本文）</translation>
    </message>
    <message>
        <source>Key your domain signs with: rsa (2048 bits), ed25519, or both</source>
        <translation>自ドメインの署名に使う鍵: rsa（2048 ビット）、ed25519、または両方（both）</translation>
    </message>
    <message>
        <source>Mailing lists append a footer to the body</source>
        <translation>メーリングリストが本文にフッターを追加する</translation>
    </message>
    <message>
        <source>Mailing lists send with their own envelope sender</source>
        <translation>メーリングリストが自身のエンベロープFrom で送信する</translation>
    </message>
    <message>
        <source>Mailing lists rewrite From to their own address</source>
        <translation>メーリングリストがヘッダFrom を自身のアドレスに書き換える</translation>
    </message>
    <message>
        <source>Mailing lists sign with their own domain</source>
        <translation>メーリングリストが自身のドメインで署名する</translation>
    </message>
    <message>
        <source>Mailing lists add a tag to the Subject</source>
        <translation>メーリングリストが件名にタグを付ける</translation>
    </message>
    <message>
        <source>Policy for non-existent subdomains in your DMARC record</source>
        <translation>DMARC レコードの、存在しないサブドメインに対するポリシー</translation>
    </message>
    <message>
        <source>Address of your own outgoing server</source>
        <translation>自社の送信サーバーのアドレス</translation>
    </message>
    <message>
        <source>Policy in your DMARC record</source>
        <translation>DMARC レコードのポリシー</translation>
    </message>
    <message>
        <source>Selector of your domain&apos;s signing key</source>
        <translation>自ドメインの署名鍵のセレクタ</translation>
    </message>
    <message>
        <source>Your domain signs its mail (own server, and selectors delegated to providers)</source>
        <translation>自ドメインでメールに署名する（自社サーバーと、事業者に委任したセレクタ）</translation>
    </message>
    <message>
        <source>Policy for subdomains in your DMARC record</source>
        <translation>DMARC レコードの、サブドメインに対するポリシー</translation>
    </message>
    <message>
        <source>Forwarders rewrite the envelope with SRS</source>
        <translation>転送サーバーが SRS でエンベロープFrom を書き換える</translation>
    </message>
    <message>
        <source>Testing mode in your DMARC record (t=y lowers the policy one step)</source>
        <translation>DMARC レコードのテストモード（t=y でポリシーが一段階ゆるくなります）</translation>
    </message>
    <message>
        <source>DMARC fails for {from}: SPF gives {spf} for {spf_domain}, and the signature of {dkim_domain} gives {dkim} ({dkim_reason}).</source>
        <translation>{from} の DMARC は fail（認証失敗）です。{spf_domain} の SPF の結果は {spf}、{dkim_domain} の署名の結果は {dkim}（{dkim_reason}）です。</translation>
    </message>
    <message>
        <source>DMARC fails for {from}: SPF gives {spf} for {spf_domain}, and DKIM passes only for {dkim_domain}, which is not aligned (adkim={adkim}).</source>
        <translation>{from} の DMARC は fail（認証失敗）です。{spf_domain} の SPF の結果は {spf} で、DKIM が pass（認証成功）したのはアライメントが一致しない {dkim_domain} だけです（adkim={adkim}）。</translation>
    </message>
    <message>
        <source>DMARC fails for {from}: SPF gives {spf} for {spf_domain}, and the message carries no DKIM signature.</source>
        <translation>{from} の DMARC は fail（認証失敗）です。{spf_domain} の SPF の結果は {spf} で、メールには DKIM 署名がありません。</translation>
    </message>
    <message>
        <source>DMARC fails for {from}: SPF passes for {spf_domain}, which is not aligned (aspf={aspf}), and the signature of {dkim_domain} gives {dkim} ({dkim_reason}).</source>
        <translation>{from} の DMARC は fail（認証失敗）です。SPF は {spf_domain} で pass（認証成功）しましたがアライメントが一致せず（aspf={aspf}）、{dkim_domain} の署名の結果は {dkim}（{dkim_reason}）です。</translation>
    </message>
    <message>
        <source>DMARC fails for {from}: SPF passes for {spf_domain} and DKIM for {dkim_domain}, but neither is aligned (aspf={aspf}, adkim={adkim}).</source>
        <translation>{from} の DMARC は fail（認証失敗）です。SPF は {spf_domain} で、DKIM は {dkim_domain} で pass（認証成功）しましたが、どちらもアライメントが一致しません（aspf={aspf}、adkim={adkim}）。</translation>
    </message>
    <message>
        <source>DMARC fails for {from}: SPF passes for {spf_domain}, which is not aligned (aspf={aspf}), and the message carries no DKIM signature.</source>
        <translation>{from} の DMARC は fail（認証失敗）です。SPF は {spf_domain} で pass（認証成功）しましたがアライメントが一致せず（aspf={aspf}）、メールには DKIM 署名がありません。</translation>
    </message>
    <message>
        <source>No DMARC record applies to {from} (organizational domain {org_domain}): receivers apply no policy.</source>
        <translation>{from}（組織ドメイン {org_domain}）に適用される DMARC レコードがありません。受信側はポリシーを適用しません。</translation>
    </message>
    <message>
        <source>DMARC passes for {from}: SPF ({spf_domain}) and DKIM ({dkim_domain}) both pass aligned.</source>
        <translation>{from} の DMARC は pass（認証成功）です。SPF（{spf_domain}）と DKIM（{dkim_domain}）の両方が、アライメントの一致した状態で pass しています。</translation>
    </message>
    <message>
        <source>DMARC passes for {from} through DKIM ({dkim_domain}); SPF gives {spf} for {spf_domain} and does not count.</source>
        <translation>{from} の DMARC は DKIM（{dkim_domain}）によって pass（認証成功）です。{spf_domain} の SPF の結果は {spf} で、判定には寄与しません。</translation>
    </message>
    <message>
        <source>DMARC passes for {from} through SPF ({spf_domain}); DKIM gives {dkim} and does not count.</source>
        <translation>{from} の DMARC は SPF（{spf_domain}）によって pass（認証成功）です。DKIM の結果は {dkim} で、判定には寄与しません。</translation>
    </message>
    <message>
        <source>DMARC cannot be evaluated for {from}: the policy record is unusable.</source>
        <translation>{from} の DMARC を評価できません。ポリシーのレコードが使用できない状態です。</translation>
    </message>
    <message>
        <source>DMARC cannot be evaluated for {from} now: a DNS query failed temporarily.</source>
        <translation>現在 {from} の DMARC を評価できません。DNS 問い合わせが一時的に失敗しました。</translation>
    </message>
    <message>
        <source>Make SPF or DKIM pass with a domain aligned to {from}: an envelope sender under {from}, or a signature with d={from}.</source>
        <translation>{from} とアライメントが一致するドメインで SPF か DKIM を pass（認証成功）させてください。エンベロープFrom を {from} 配下のアドレスにするか、d={from} で署名します。</translation>
    </message>
    <message>
        <source>Authorise {ip} in the SPF record of {spf_domain}, and sign this mail with d={domain} so it does not depend on SPF.</source>
        <translation>{spf_domain} の SPF レコードで {ip} を許可してください。また、SPF だけに頼らないよう、このメールに d={domain} で署名してください。</translation>
    </message>
    <message>
        <source>Fix the DMARC record that applies to {from}: receivers cannot use it.</source>
        <translation>{from} に適用される DMARC レコードを修正してください。受信側がこのレコードを使えない状態です。</translation>
    </message>
    <message>
        <source>Mailing lists that modify messages fail DMARC unless they rewrite From: ask {actor} to rewrite From for your domain; under {tag}={policy} receivers are asked to {disposition} these posts.</source>
        <translation>メールを変更するメーリングリストは、ヘッダFrom を書き換えない限り DMARC で fail（認証失敗）になります。あなたのドメインについてヘッダFrom を書き換えるよう「{actor}」に依頼してください。{tag}={policy} のもとでは、これらの投稿について受信側に求められる扱いは {disposition} です。</translation>
    </message>
    <message>
        <source>Have {actor} sign with your domain: publish the selector it gives you (usually a CNAME) so that its signature carries d={domain}.</source>
        <translation>「{actor}」にあなたのドメインで署名してもらってください。案内されたセレクタ（通常は CNAME）を公開すると、署名が d={domain} になります。</translation>
    </message>
    <message>
        <source>Publish a DMARC record for {domain} (start with p=none and reports) so that receivers apply your policy.</source>
        <translation>受信側にポリシーを適用してもらうため、{domain} の DMARC レコードを公開してください（まず p=none とレポートの受け取りから始めます）。</translation>
    </message>
    <message>
        <source>Spoofed mail fails DMARC but is still delivered under {tag}=none: move to quarantine, then reject, once your own mail passes.</source>
        <translation>なりすましメールは DMARC で fail（認証失敗）になりますが、{tag}=none のため配送されてしまいます。自分のメールが pass（認証成功）するようになったら、quarantine、続いて reject に移行してください。</translation>
    </message>
    <message>
        <source>Your signature passes but adkim=s needs d= to be exactly {from}: use adkim=r, or sign with d={from}.</source>
        <translation>署名は pass（認証成功）していますが、adkim=s では d= が {from} と完全に一致する必要があります。adkim=r にするか、d={from} で署名してください。</translation>
    </message>
    <message>
        <source>SPF passes for {spf_domain} but aspf=s needs exactly {from}: use aspf=r, or send with the envelope at {from} itself.</source>
        <translation>SPF は {spf_domain} で pass（認証成功）していますが、aspf=s ではドメインが {from} と完全に一致する必要があります。aspf=r にするか、エンベロープFrom を {from} そのもののアドレスにして送信してください。</translation>
    </message>
    <message>
        <source>A DNS failure stopped the evaluation: check the name servers and simulate again.</source>
        <translation>DNS の障害で評価が中断されました。ネームサーバーを確認して、もう一度シミュレーションしてください。</translation>
    </message>
    <message>
        <source>{actor} changes the message after it was signed: sign after the last change, or stop {actor} from modifying signed mail.</source>
        <translation>「{actor}」が署名後にメールを変更しています。最後の変更の後で署名するか、署名済みのメールを「{actor}」が変更しないようにしてください。</translation>
    </message>
    <message>
        <source>Sign with your own domain (d={domain}) so forwarded mail still passes: forwarding breaks SPF, but an intact signature survives.</source>
        <translation>転送されたメールも pass（認証成功）するよう、自ドメイン（d={domain}）で署名してください。転送されると SPF は失敗しますが、改変されていない署名は転送後も有効です。</translation>
    </message>
    <message>
        <source>No change needed: receivers are asked to {disposition} this spoofed mail.</source>
        <translation>変更は不要です。このなりすましメールについて受信側に求められる扱いは {disposition} です。</translation>
    </message>
    <message>
        <source>Mail from {ip} passes as {from}: if that server is not yours, remove it from your SPF record.</source>
        <translation>{ip} からのメールが {from} として pass（認証成功）します。そのサーバーが自社のものでなければ、SPF レコードから削除してください。</translation>
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
    <name>dmarcplan::ui::DkimKeysModel</name>
    <message>
        <source>The selector: the key is published at SELECTOR._domainkey under the domain</source>
        <translation>セレクタ: 鍵はドメインの下の SELECTOR._domainkey に公開されます</translation>
    </message>
    <message>
        <source>public key in the plan</source>
        <translation>公開鍵はプランに記載済み</translation>
    </message>
    <message>
        <source>no key yet (see Lint)</source>
        <translation>鍵はまだありません（事前チェックを参照）</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>セレクタ</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>アルゴリズム</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
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
    <name>dmarcplan::ui::HeaderAnalysisModel</name>
    <message>
        <source>Recorded by the receiving server: %1</source>
        <translation>受信サーバーの記録: %1</translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation>%1（相違あり）</translation>
    </message>
    <message>
        <source>%1 (same)</source>
        <translation>%1（同じ）</translation>
    </message>
    <message>
        <source>Written by %1 in %2</source>
        <translation>%1 が %2 に記録</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記録された結果</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>現在の結果</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>受信サーバー</translation>
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
    <message>
        <source>Each authentication result the receiving servers recorded, what it means and, after a re-check, what today&apos;s DNS gives</source>
        <translation>受信サーバーが記録した認証結果ごとに、その意味と、再検証した場合は現在の DNS での結果を示します</translation>
    </message>
    <message>
        <source>Authentication results</source>
        <translation>認証結果</translation>
    </message>
    <message>
        <source>The message&apos;s addresses, reading problems and the re-check against today&apos;s DNS</source>
        <translation>メールのアドレス、読み取り時の問題、現在の DNS での再検証結果</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Re-checking against today&apos;s DNS...</source>
        <translation>現在の DNS で再検証しています...</translation>
    </message>
    <message>
        <source>The re-check was cancelled.</source>
        <translation>再検証を中止しました。</translation>
    </message>
    <message>
        <source>From domain: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>ヘッダFrom のドメイン: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Return-Path: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Return-Path（エンベロープFrom）: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sending server: &lt;b&gt;%1&lt;/b&gt; (HELO %2)</source>
        <translation>送信元サーバー: &lt;b&gt;%1&lt;/b&gt;（HELO %2）</translation>
    </message>
    <message>
        <source>DKIM signatures: %1</source>
        <translation>DKIM 署名: %1 件</translation>
    </message>
    <message>
        <source>While reading the headers:</source>
        <translation>ヘッダの読み取り中に見つかった問題:</translation>
    </message>
    <message>
        <source>Against today&apos;s DNS:</source>
        <translation>現在の DNS との比較:</translation>
    </message>
    <message>
        <source>Differs:</source>
        <translation>相違あり:</translation>
    </message>
    <message>
        <source>Same:</source>
        <translation>同じ:</translation>
    </message>
    <message>
        <source>Re-check: %1</source>
        <translation>再検証: %1</translation>
    </message>
    <message>
        <source>Analysing the headers...</source>
        <translation>ヘッダを解析しています...</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>解析を取り消しました。</translation>
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
    <message>
        <source>The provider catalogue could not be read: %1</source>
        <translation>事業者カタログを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The records could not be generated: %1</source>
        <translation>レコードを生成できませんでした: %1</translation>
    </message>
    <message>
        <source>New to SPF, DKIM and DMARC? The wizard makes the records step by step.</source>
        <translation>SPF・DKIM・DMARC の設定が初めてなら、ウィザードで手順に沿ってレコードを作成できます。</translation>
    </message>
    <message>
        <source>Set up &amp;records with the wizard...</source>
        <translation>ウィザードでレコードを設定(&amp;R)...</translation>
    </message>
    <message>
        <source>Answer a few questions about your domain and get every record to publish</source>
        <translation>ドメインについていくつかの質問に答えると、公開すべきレコードがすべて作成されます</translation>
    </message>
    <message>
        <source>New with &amp;Wizard...</source>
        <translation>ウィザードで新規作成(&amp;W)...</translation>
    </message>
    <message>
        <source>Make SPF, DKIM and DMARC records step by step</source>
        <translation>SPF・DKIM・DMARC のレコードを手順に沿って作成します</translation>
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
    <message>
        <source>The domain in your From addresses, e.g. example.com</source>
        <translation>ヘッダFrom のアドレスに使うドメイン（例: example.com）</translation>
    </message>
    <message>
        <source>What SPF says about servers that are not listed: fail (-all) or softfail (~all)</source>
        <translation>記載されていないサーバーについての SPF の宣言: fail（-all）または softfail（~all）</translation>
    </message>
    <message>
        <source>fail (-all): only these sources</source>
        <translation>fail（-all）: ここに記載した送信元だけを許可</translation>
    </message>
    <message>
        <source>softfail (~all): mark others as suspicious</source>
        <translation>softfail（~all）: それ以外は疑わしいものとして扱う</translation>
    </message>
    <message>
        <source>Who sends mail for the domain (SPF)</source>
        <translation>このドメインのメールの送信元（SPF）</translation>
    </message>
    <message>
        <source>The servers and services that send mail with your domain; double-click a value to edit it</source>
        <translation>あなたのドメインでメールを送信するサーバーとサービスです。値をダブルクリックすると編集できます</translation>
    </message>
    <message>
        <source>Sending sources</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Add &amp;MX</source>
        <translation>MX を追加(&amp;M)</translation>
    </message>
    <message>
        <source>Your domain&apos;s mail servers (MX) also send</source>
        <translation>ドメインのメールサーバー（MX）からも送信します</translation>
    </message>
    <message>
        <source>Add &amp;addresses</source>
        <translation>アドレスを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Addresses or ranges of your own servers (office, web server)</source>
        <translation>自社サーバー（社内、Web サーバーなど）のアドレスまたはアドレス範囲</translation>
    </message>
    <message>
        <source>Add &amp;include</source>
        <translation>include を追加(&amp;I)</translation>
    </message>
    <message>
        <source>Another domain&apos;s SPF record (include:)</source>
        <translation>他のドメインの SPF レコード（include:）</translation>
    </message>
    <message>
        <source>Sending providers from the catalogue (mail services, newsletter tools)</source>
        <translation>カタログにあるメール配信事業者（メールサービス、メールマガジン配信ツールなど）</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>Add &amp;provider</source>
        <translation>事業者を追加(&amp;P)</translation>
    </message>
    <message>
        <source>Add the chosen provider: its SPF include and DKIM records</source>
        <translation>選んだ事業者の SPF の include と DKIM レコードを追加します</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>選択した送信元を削除します</translation>
    </message>
    <message>
        <source>DKIM keys your servers sign with</source>
        <translation>サーバーが署名に使う DKIM 鍵</translation>
    </message>
    <message>
        <source>One row per DKIM key; double-click a selector to rename it</source>
        <translation>DKIM 鍵ごとに 1 行です。セレクタをダブルクリックすると名前を変更できます</translation>
    </message>
    <message>
        <source>DKIM keys</source>
        <translation>DKIM 鍵</translation>
    </message>
    <message>
        <source>Add RSA &amp;key</source>
        <translation>RSA 鍵を追加(&amp;K)</translation>
    </message>
    <message>
        <source>A 2048-bit RSA key: every receiver verifies it</source>
        <translation>2048 ビットの RSA 鍵。どの受信側でも検証されます</translation>
    </message>
    <message>
        <source>Add &amp;Ed25519 key</source>
        <translation>Ed25519 鍵を追加(&amp;E)</translation>
    </message>
    <message>
        <source>An Ed25519 key (RFC 8463): short, but not every receiver verifies it yet</source>
        <translation>Ed25519 鍵（RFC 8463）。短い鍵ですが、まだすべての受信側で検証されるわけではありません</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected key</source>
        <translation>選択した鍵を削除します</translation>
    </message>
    <message>
        <source>DMARC policy and stage</source>
        <translation>DMARC ポリシーと導入段階</translation>
    </message>
    <message>
        <source>The rollout stage: monitor first (p=none), then quarantine, then reject</source>
        <translation>導入の段階: まず監視（p=none）、次に隔離（quarantine）、最後に拒否（reject）</translation>
    </message>
    <message>
        <source>monitor (p=none)</source>
        <translation>監視（p=none）</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>quarantine（隔離）</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>reject（受信拒否）</translation>
    </message>
    <message>
        <source>not set (relaxed)</source>
        <translation>指定なし（relaxed）</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>relaxed（緩やか）</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strict（厳密）</translation>
    </message>
    <message>
        <source>SPF alignment (aspf)</source>
        <translation>SPF のアライメント（aspf）</translation>
    </message>
    <message>
        <source>DKIM alignment (adkim)</source>
        <translation>DKIM のアライメント（adkim）</translation>
    </message>
    <message>
        <source>same as p</source>
        <translation>p と同じ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none（監視のみ）</translation>
    </message>
    <message>
        <source>Policy for existing subdomains (sp)</source>
        <translation>存在するサブドメインに対するポリシー（sp）</translation>
    </message>
    <message>
        <source>Policy for subdomains that do not exist (np)</source>
        <translation>存在しないサブドメインに対するポリシー（np）</translation>
    </message>
    <message>
        <source>&amp;Testing (t=y)</source>
        <translation>テストモード(&amp;T)（t=y）</translation>
    </message>
    <message>
        <source>Ask receivers to apply one level less than the policy while you test</source>
        <translation>テスト中は、指定したポリシーより一段階ゆるい扱いにするよう受信側に求めます</translation>
    </message>
    <message>
        <source>Where aggregate reports go: mailto: addresses separated by commas</source>
        <translation>集約レポートの送付先。mailto: のアドレスをカンマで区切って入力します</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>導入段階(&amp;T):</translation>
    </message>
    <message>
        <source>aspf:</source>
        <translation>aspf:</translation>
    </message>
    <message>
        <source>adkim:</source>
        <translation>adkim:</translation>
    </message>
    <message>
        <source>sp:</source>
        <translation>sp:</translation>
    </message>
    <message>
        <source>np:</source>
        <translation>np:</translation>
    </message>
    <message>
        <source>&amp;Reports to:</source>
        <translation>レポートの送付先(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>Other &amp;senders:</source>
        <translation>その他の送信元(&amp;S):</translation>
    </message>
    <message>
        <source>The plan is valid.</source>
        <translation>プランに問題はありません。</translation>
    </message>
    <message>
        <source>Not applied yet: %1</source>
        <translation>まだ反映されていません: %1</translation>
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
    <message>
        <source>SPF: who may send</source>
        <translation>SPF: 送信を許可するサーバー</translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation>DKIM 鍵</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>DMARC ポリシー</translation>
    </message>
    <message>
        <source>permits reports to this domain</source>
        <translation>このドメインへのレポート送付を許可</translation>
    </message>
    <message>
        <source>return path (bounces)</source>
        <translation>Return-Path（エラーメールの返送先）</translation>
    </message>
    <message>
        <source>pending: the value your provider&apos;s console shows (see Lint)</source>
        <translation>未入力: 事業者の管理画面に表示される値（事前チェックを参照）</translation>
    </message>
    <message>
        <source>%1
(in %2 strings of at most 255 characters for zone files)</source>
        <translation>%1
（ゾーンファイルでは 255 文字以下の %2 個の文字列に分割）</translation>
    </message>
    <message>
        <source>From %1 in the plan</source>
        <translation>プランの %1 から作成</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
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
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy this record&apos;s value to the clipboard</source>
        <translation>このレコードの値をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Copy the value of %1</source>
        <translation>%1 の値をコピー</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::ScenarioModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>aligned</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>受信拒否</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>deliver</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation>SPF アライメント</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation>DKIM アライメント</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>受信側の扱い</translation>
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
    <message>
        <source>Recommendation:</source>
        <translation>推奨される対策:</translation>
    </message>
    <message>
        <source>From: %1 · envelope: %2 · last server: %3 (%4)</source>
        <translation>ヘッダFrom: %1 · エンベロープFrom: %2 · 最後の送信サーバー: %3（%4）</translation>
    </message>
    <message>
        <source>SPF (%1) and DKIM (%2) are aligned with the From domain.</source>
        <translation>SPF（%1）と DKIM（%2）の両方がヘッダFrom のドメインとアライメントが一致しています。</translation>
    </message>
    <message>
        <source>SPF (%1) is aligned with the From domain.</source>
        <translation>SPF（%1）がヘッダFrom のドメインとアライメントが一致しています。</translation>
    </message>
    <message>
        <source>DKIM (%1) is aligned with the From domain.</source>
        <translation>DKIM（%1）がヘッダFrom のドメインとアライメントが一致しています。</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM is aligned with the From domain.</source>
        <translation>SPF・DKIM のどちらも、ヘッダFrom のドメインとアライメントが一致していません。</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>%1 for %2; deciding term: %3; DNS lookups: %4</source>
        <translation>%2 の結果: %1、決め手となった項目: %3、DNS 参照: %4 回</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>The message arrives without a DKIM signature.</source>
        <translation>メールは DKIM 署名なしで届きます。</translation>
    </message>
    <message>
        <source>d=%1 s=%2 (%3): %4, reason: %5%6 — %7</source>
        <translation>d=%1 s=%2（%3）: %4、理由: %5%6 — %7</translation>
    </message>
    <message>
        <source>, aligned</source>
        <translation>、アライメント一致</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>シミュレーションの前提</translation>
    </message>
    <message>
        <source>RSA and Ed25519</source>
        <translation>RSA と Ed25519</translation>
    </message>
    <message>
        <source>Open or make a plan to see what happens to its mail.</source>
        <translation>プランを開くか作成すると、そのドメインのメールがどう扱われるかを確認できます。</translation>
    </message>
    <message>
        <source>The plan has no domain yet.</source>
        <translation>プランにまだドメインがありません。</translation>
    </message>
    <message>
        <source>The scenarios could not be computed: %1</source>
        <translation>シナリオを計算できませんでした: %1</translation>
    </message>
    <message>
        <source>Plan scenario not simulated: %1</source>
        <translation>プランのシナリオをシミュレーションできません: %1</translation>
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
    <name>dmarcplan::ui::SourcesModel</name>
    <message>
        <source>Mail servers (MX)</source>
        <translation>メールサーバー（MX）</translation>
    </message>
    <message>
        <source>Host address (A)</source>
        <translation>ホストのアドレス（A）</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>include</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 addresses or ranges, separated by commas (192.0.2.0/28, 2001:db8::/48)</source>
        <translation>IPv4 または IPv6 のアドレスかアドレス範囲をカンマで区切って入力します（192.0.2.0/28, 2001:db8::/48）</translation>
    </message>
    <message>
        <source>The domain whose SPF record is included (include:)</source>
        <translation>SPF レコードを include するドメイン（include:）</translation>
    </message>
    <message>
        <source>Another domain whose hosts send; empty for the plan&apos;s domain</source>
        <translation>送信するホストがある別のドメイン。プランのドメインなら空欄にします</translation>
    </message>
    <message>
        <source>A sending provider from the catalogue: its SPF include and DKIM records are added</source>
        <translation>カタログにあるメール配信事業者。その SPF の include と DKIM レコードが追加されます</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Addresses, domain or provider</source>
        <translation>アドレス、ドメイン、または事業者</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>(the plan&apos;s domain)</source>
        <translation>（プランのドメイン）</translation>
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
<context>
    <name>dmarcplan::ui::wizard::DkimPage</name>
    <message>
        <source>DKIM signatures</source>
        <translation>DKIM 署名</translation>
    </message>
    <message>
        <source>DKIM signs each message; receivers check the signature with a public key published in DNS.</source>
        <translation>DKIM ではメールごとに電子署名を付けます。受信側は DNS に公開された公開鍵で署名を検証します。</translation>
    </message>
    <message>
        <source>Sign mail from our own servers with our own &amp;key</source>
        <translation>自社サーバーのメールに自社の鍵で署名する(&amp;K)</translation>
    </message>
    <message>
        <source>Make a key pair for your own mail servers: the private key stays with you, the public key goes into DNS</source>
        <translation>自社のメールサーバー用に鍵ペアを作成します。秘密鍵は手元に保管し、公開鍵を DNS に登録します</translation>
    </message>
    <message>
        <source>The selector names the key in DNS (&lt;selector&gt;._domainkey.&lt;domain&gt;); a date makes key rotation easy</source>
        <translation>セレクタは DNS 上の鍵の名前です（&lt;セレクタ&gt;._domainkey.&lt;ドメイン&gt;）。日付を入れておくと鍵の更新が簡単になります</translation>
    </message>
    <message>
        <source>RSA key size: 2048 bits is what receivers expect; 1024 is too weak (RFC 8301)</source>
        <translation>RSA 鍵の長さ: 受信側が想定しているのは 2048 ビットです。1024 ビットは強度が不足しています（RFC 8301）</translation>
    </message>
    <message>
        <source>RSA 2048 bits (recommended)</source>
        <translation>RSA 2048 ビット（推奨）</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 ビット</translation>
    </message>
    <message>
        <source>RSA 4096 bits (may not fit some DNS control panels)</source>
        <translation>RSA 4096 ビット（DNS の管理画面によっては登録できない場合があります）</translation>
    </message>
    <message>
        <source>RSA 1024 bits (weak, not recommended)</source>
        <translation>RSA 1024 ビット（強度不足のため非推奨）</translation>
    </message>
    <message>
        <source>Also make an &amp;Ed25519 key (a second signature)</source>
        <translation>Ed25519 鍵も作成する（2 つ目の署名）(&amp;E)</translation>
    </message>
    <message>
        <source>Ed25519 (RFC 8463) is short and modern, but many receivers do not check it yet: it is added next to the RSA key, never instead of it</source>
        <translation>Ed25519（RFC 8463）は短く新しい方式ですが、まだ検証しない受信側が多くあります。RSA 鍵の代わりではなく、RSA 鍵に追加して使います</translation>
    </message>
    <message>
        <source>The selector of the Ed25519 key</source>
        <translation>Ed25519 鍵のセレクタ</translation>
    </message>
    <message>
        <source>Folder the private keys are written to (readable by you only; existing files are never replaced)</source>
        <translation>秘密鍵を保存するフォルダ（自分だけが読み取れる権限で保存し、既存のファイルは上書きしません）</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>選択(&amp;H)...</translation>
    </message>
    <message>
        <source>Choose the folder for the private keys</source>
        <translation>秘密鍵を保存するフォルダを選びます</translation>
    </message>
    <message>
        <source>&amp;Generate keys</source>
        <translation>鍵を生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate the key pairs in the background and save the private keys</source>
        <translation>バックグラウンドで鍵ペアを生成し、秘密鍵を保存します</translation>
    </message>
    <message>
        <source>&amp;Selector:</source>
        <translation>セレクタ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>アルゴリズム(&amp;A):</translation>
    </message>
    <message>
        <source>Ed25519 se&amp;lector:</source>
        <translation>Ed25519 のセレクタ(&amp;L):</translation>
    </message>
    <message>
        <source>Save private keys &amp;in:</source>
        <translation>秘密鍵の保存先(&amp;I):</translation>
    </message>
    <message>
        <source>DKIM records your mail services ask for; type the values their console shows into the empty cells (F2 edits)</source>
        <translation>利用しているメールサービスが求める DKIM レコードです。空欄には各サービスの管理画面に表示される値を入力してください（F2 キーで編集）</translation>
    </message>
    <message>
        <source>Records for your mail services</source>
        <translation>メールサービス用のレコード</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>セレクタ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Type the selector %1&apos;s console shows</source>
        <translation>%1 の管理画面に表示されるセレクタを入力してください</translation>
    </message>
    <message>
        <source>The CNAME target %1&apos;s console shows for this selector</source>
        <translation>%1 の管理画面に表示される、このセレクタの CNAME の参照先</translation>
    </message>
    <message>
        <source>The public key (p=...) %1&apos;s console shows; paste the whole record or the key</source>
        <translation>%1 の管理画面に表示される公開鍵（p=...）。レコード全体か鍵だけを貼り付けてください</translation>
    </message>
    <message>
        <source>These services keep the signing key themselves: publish the records below instead of a key of your own. Empty cells are values their console shows you; records still missing a value are listed as pending on the review page.</source>
        <translation>これらのサービスは署名用の鍵を自身で管理しています。自社の鍵の代わりに、下のレコードを公開してください。空欄は各サービスの管理画面に表示される値です。値が未入力のレコードは、確認ページに「未入力」として表示されます。</translation>
    </message>
    <message>
        <source>None of the services you ticked needs DKIM records from you.</source>
        <translation>選択したサービスには、あなたが登録する必要のある DKIM レコードはありません。</translation>
    </message>
    <message>
        <source>The catalogue has no DKIM details for %1: follow its documentation.</source>
        <translation>カタログには %1 の DKIM の情報がありません。%1 の案内に従って設定してください。</translation>
    </message>
    <message>
        <source>The selector &quot;%1&quot; is not valid: use letters, digits and hyphens (dots between parts).</source>
        <translation>セレクタ「%1」は使えません。英字・数字・ハイフンを使い、区切りにはドットを使ってください。</translation>
    </message>
    <message>
        <source>The Ed25519 selector &quot;%1&quot; is not valid.</source>
        <translation>Ed25519 のセレクタ「%1」は使えません。</translation>
    </message>
    <message>
        <source>Each key needs a selector of its own.</source>
        <translation>鍵ごとに別のセレクタが必要です。</translation>
    </message>
    <message>
        <source>The selector &quot;%1&quot; is already used by %2.</source>
        <translation>セレクタ「%1」はすでに %2 で使われています。</translation>
    </message>
    <message>
        <source>Choose a folder for the private keys.</source>
        <translation>秘密鍵を保存するフォルダを選んでください。</translation>
    </message>
    <message>
        <source>Press Generate keys: the private keys are written to the folder above.</source>
        <translation>「鍵を生成」を押してください。秘密鍵は上のフォルダに保存されます。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダ %1 を作成できません。</translation>
    </message>
    <message>
        <source>Generating keys...</source>
        <translation>鍵を生成しています...</translation>
    </message>
    <message>
        <source>Generating keys in the background...</source>
        <translation>バックグラウンドで鍵を生成しています...</translation>
    </message>
    <message>
        <source>Key generation cancelled.</source>
        <translation>鍵の生成を中止しました。</translation>
    </message>
    <message>
        <source>The keys could not be made: %1</source>
        <translation>鍵を生成できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 key (%2 bits) for selector %3 saved to %4</source>
        <translation>セレクタ %3 の %1 鍵（%2 ビット）を %4 に保存しました</translation>
    </message>
    <message>
        <source>Keep the private keys secret and install them on your mail server.</source>
        <translation>秘密鍵は他人に渡さず、メールサーバーに設定してください。</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::wizard::DmarcPage</name>
    <message>
        <source>DMARC policy</source>
        <translation>DMARC ポリシー</translation>
    </message>
    <message>
        <source>DMARC tells receivers what to do with mail that fails SPF and DKIM for your domain, and where to send reports about it.</source>
        <translation>DMARC は、あなたのドメインを名乗りながら SPF・DKIM の認証に失敗したメールをどう扱うか、またレポートをどこに送るかを受信側に伝えます。</translation>
    </message>
    <message>
        <source>Rollout stage</source>
        <translation>導入の段階</translation>
    </message>
    <message>
        <source>1. &amp;Monitor (p=none) and collect reports</source>
        <translation>1. 監視（p=none）してレポートを集める(&amp;M)</translation>
    </message>
    <message>
        <source>Nothing is blocked; the reports show every server that sends as your domain. Start here.</source>
        <translation>何もブロックされません。あなたのドメインとして送信しているすべてのサーバーがレポートでわかります。まずはここから始めます。</translation>
    </message>
    <message>
        <source>2. &amp;Quarantine (p=quarantine)</source>
        <translation>2. 隔離（p=quarantine）(&amp;Q)</translation>
    </message>
    <message>
        <source>Failing mail goes to the spam folder. Move here when the reports show only your own senders passing.</source>
        <translation>認証に失敗したメールは迷惑メールフォルダに入ります。pass（認証成功）しているのが自社の送信元だけだとレポートで確認できたら、この段階に進みます。</translation>
    </message>
    <message>
        <source>3. &amp;Reject (p=reject)</source>
        <translation>3. 拒否（p=reject）(&amp;R)</translation>
    </message>
    <message>
        <source>Failing mail is refused. The goal: nobody can send as your domain.</source>
        <translation>認証に失敗したメールは受信拒否されます。誰もあなたのドメインになりすませない状態が最終目標です。</translation>
    </message>
    <message>
        <source>&amp;Test mode (t=y): receivers apply one step less while you watch</source>
        <translation>テストモード（t=y）: 様子を見る間、受信側は一段階ゆるく扱う(&amp;T)</translation>
    </message>
    <message>
        <source>With t=y receivers treat quarantine like none and reject like quarantine (DMARCbis), a gentle way to try the next stage</source>
        <translation>t=y を付けると、受信側は quarantine を none のように、reject を quarantine のように扱います（DMARCbis）。次の段階を穏やかに試す方法です</translation>
    </message>
    <message>
        <source>Mailbox that receives the daily aggregate reports (rua); it may be at a report service</source>
        <translation>毎日の集約レポート（rua）を受け取るメールボックス。レポート分析サービスのアドレスでもかまいません</translation>
    </message>
    <message>
        <source>I &amp;manage the report destination: list its record for me</source>
        <translation>レポート送付先も自分で管理している: そのレコードも表示する(&amp;M)</translation>
    </message>
    <message>
        <source>Tick when you manage the report destination&apos;s DNS: the review page then lists the authorisation record to publish there</source>
        <translation>レポート送付先の DNS を自分で管理している場合にチェックします。確認ページに、送付先で公開する許可レコードが表示されます</translation>
    </message>
    <message>
        <source>Policy for subdomains such as shop.&lt;domain&gt; (sp=); by default they follow the domain</source>
        <translation>shop.&lt;ドメイン&gt; のようなサブドメインに対するポリシー（sp=）。既定ではドメインと同じです</translation>
    </message>
    <message>
        <source>Same as the domain</source>
        <translation>ドメインと同じ</translation>
    </message>
    <message>
        <source>Monitor (none)</source>
        <translation>監視（none）</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>隔離（quarantine）</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒否（reject）</translation>
    </message>
    <message>
        <source>Re&amp;ports to:</source>
        <translation>レポートの送付先(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Subdomains:</source>
        <translation>サブドメイン(&amp;S):</translation>
    </message>
    <message>
        <source>This domain sends no mail, so anything claiming to come from it is forged: reject is right from the start.</source>
        <translation>このドメインはメールを送信しないため、このドメインを名乗るメールはすべてなりすましです。最初から reject が適切です。</translation>
    </message>
    <message>
        <source>Start here. Read the reports for a few weeks; when every server of yours passes, come back and choose quarantine.</source>
        <translation>まずはここから始めます。数週間レポートを確認し、自社のすべてのサーバーが pass（認証成功）するようになったら、ここに戻って quarantine を選んでください。</translation>
    </message>
    <message>
        <source>Choose this once the reports show your own mail passing. Mail that fails lands in spam folders.</source>
        <translation>自社のメールが pass（認証成功）していることをレポートで確認できたら選んでください。認証に失敗したメールは迷惑メールフォルダに入ります。</translation>
    </message>
    <message>
        <source>The last stage: failing mail is refused. Choose it after a quiet period in quarantine.</source>
        <translation>最終段階です。認証に失敗したメールは受信拒否されます。quarantine でしばらく問題が出ないことを確認してから選んでください。</translation>
    </message>
    <message>
        <source>Test mode is on: receivers apply one step less than the stage says.</source>
        <translation>テストモードが有効です。受信側は選んだ段階より一段階ゆるく扱います。</translation>
    </message>
    <message>
        <source>Without an address you get no reports and cannot tell when it is safe to move on.</source>
        <translation>アドレスがないとレポートが届かず、次の段階に進んでよいか判断できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail address.</source>
        <translation>「%1」はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>This domain receives no mail (null MX), so reports cannot arrive here: use an address at another domain, or none.</source>
        <translation>このドメインはメールを受信しない（null MX）ため、レポートはここに届きません。別のドメインのアドレスを使うか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Reports arrive at your own domain.</source>
        <translation>レポートは自ドメインに届きます。</translation>
    </message>
    <message>
        <source>%1 is outside your domain: it accepts your reports only when it publishes the TXT record &quot;v=DMARC1&quot; at %2 (RFC 7489 §7.1). Report services do this for their customers.</source>
        <translation>%1 は自ドメインの外にあります。%2 に TXT レコード「v=DMARC1」が公開されている場合にだけ、レポートを受け取れます（RFC 7489 7.1 節）。レポート分析サービスは利用者のためにこのレコードを公開しています。</translation>
    </message>
    <message>
        <source>I &amp;manage %1: list that record for me</source>
        <translation>%1 も自分で管理している: そのレコードも表示する(&amp;M)</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::wizard::DomainPage</name>
    <message>
        <source>Your domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>The domain in your email addresses (the part after @). Records are made for it.</source>
        <translation>メールアドレスのドメイン（@ より後ろの部分）です。このドメインのレコードを作成します。</translation>
    </message>
    <message>
        <source>The domain your mail comes from, e.g. example.com or 例え.jp</source>
        <translation>メールの送信元のドメイン（例: example.com、例え.jp）</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>Type the domain, as you write it in addresses.</source>
        <translation>メールアドレスに書くとおりにドメインを入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: use letters, digits and hyphens in labels separated by dots, such as example.com.</source>
        <translation>「%1」はドメイン名ではありません。example.com のように、英字・数字・ハイフンからなるラベルをドットで区切って入力してください。</translation>
    </message>
    <message>
        <source>Records will be made for %1.</source>
        <translation>%1 のレコードを作成します。</translation>
    </message>
    <message>
        <source>Shown as %1; written in records as %2 (punycode).</source>
        <translation>表示上は %1、レコードには %2（Punycode）と記述します。</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::wizard::RecordWizard</name>
    <message>
        <source>Record generator</source>
        <translation>レコード作成ウィザード</translation>
    </message>
    <message>
        <source>Back to the previous step; what you entered stays</source>
        <translation>前の手順に戻ります。入力した内容はそのまま残ります</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>次の手順に進みます</translation>
    </message>
    <message>
        <source>Close the wizard (opens the saved plan)</source>
        <translation>ウィザードを閉じます（保存したプランを開きます）</translation>
    </message>
    <message>
        <source>Close the wizard without saving</source>
        <translation>保存せずにウィザードを閉じます</translation>
    </message>
    <message>
        <source>Folder for the private keys</source>
        <translation>秘密鍵の保存先フォルダ</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>プランを保存</translation>
    </message>
    <message>
        <source>Plans (*.dmarcplan.json)</source>
        <translation>プラン (*.dmarcplan.json)</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::wizard::ReviewPage</name>
    <message>
        <source>SPF: the servers allowed to send</source>
        <translation>SPF: 送信を許可するサーバー</translation>
    </message>
    <message>
        <source>DKIM: the key that checks signatures (%1)</source>
        <translation>DKIM: 署名の検証に使う公開鍵（%1）</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>DMARC ポリシー</translation>
    </message>
    <message>
        <source>Report authorisation: publish it in the report destination&apos;s domain</source>
        <translation>レポート受け取りの許可: レポート送付先のドメインで公開します</translation>
    </message>
    <message>
        <source>Null MX: the domain receives no mail (RFC 7505)</source>
        <translation>null MX: このドメインはメールを受信しません（RFC 7505）</translation>
    </message>
    <message>
        <source>Return path of a mail service</source>
        <translation>メールサービスの Return-Path</translation>
    </message>
    <message>
        <source>Review and publish</source>
        <translation>確認と公開</translation>
    </message>
    <message>
        <source>Add these records at your DNS provider. Copy each value with its button.</source>
        <translation>以下のレコードを DNS 事業者の管理画面で登録してください。値はそれぞれのボタンでコピーできます。</translation>
    </message>
    <message>
        <source>The records to publish: host, type and value as DNS control panels ask for them</source>
        <translation>公開するレコードです。DNS の管理画面の入力欄に合わせて、ホスト名・タイプ・値に分けています</translation>
    </message>
    <message>
        <source>Records to publish</source>
        <translation>公開するレコード</translation>
    </message>
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
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy all as &amp;zone file</source>
        <translation>すべてをゾーンファイル形式でコピー(&amp;Z)</translation>
    </message>
    <message>
        <source>Copy every record as zone-file lines (for DNS servers you run yourself)</source>
        <translation>すべてのレコードをゾーンファイルの行としてコピーします（自分で運用している DNS サーバー向け）</translation>
    </message>
    <message>
        <source>What the linters say about these records; the tooltip shows the suggested fix</source>
        <translation>これらのレコードに対するチェック結果です。ツールチップに修正案が表示されます</translation>
    </message>
    <message>
        <source>Lint findings</source>
        <translation>事前チェックの指摘</translation>
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
        <source>What receivers would do with your mail once these records are published: one row per way a message travels (direct, forwarded, through a mailing list, forged)</source>
        <translation>これらのレコードを公開した後に受信側があなたのメールをどう扱うかを、配送経路（直接送信、転送、メーリングリスト経由、なりすまし）ごとに 1 行ずつ示します</translation>
    </message>
    <message>
        <source>Scenario simulation</source>
        <translation>シナリオのシミュレーション</translation>
    </message>
    <message>
        <source>Save as &amp;plan...</source>
        <translation>プランとして保存(&amp;P)...</translation>
    </message>
    <message>
        <source>Save what you entered as a plan file (*.dmarcplan.json) to open in dmarcplan later</source>
        <translation>入力した内容をプランファイル（*.dmarcplan.json）として保存し、後で dmarcplan で開けるようにします</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>指摘:</translation>
    </message>
    <message>
        <source>Simulation:</source>
        <translation>シミュレーション:</translation>
    </message>
    <message>
        <source>Making the records and checking them...</source>
        <translation>レコードを作成してチェックしています...</translation>
    </message>
    <message>
        <source>Checking the records...</source>
        <translation>レコードをチェックしています...</translation>
    </message>
    <message>
        <source>Checking was cancelled: go back and forward again to repeat it.</source>
        <translation>チェックを中止しました。もう一度行うには、前の手順に戻ってから再びこのページに進んでください。</translation>
    </message>
    <message>
        <source>The records could not be made: %1</source>
        <translation>レコードを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>(pending: the value your mail service&apos;s console shows)</source>
        <translation>（未入力: メールサービスの管理画面に表示される値）</translation>
    </message>
    <message>
        <source>Copy the value of %1 %2</source>
        <translation>%1 の %2 レコードの値をコピー</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to publish.</source>
        <translation>
            <numerusform>公開するレコードは %n 件です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still need(s) a value from your mail service&apos;s console.</source>
        <translation>
            <numerusform>%n 件は、まだメールサービスの管理画面に表示される値の入力が必要です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before publishing.</source>
        <translation>
            <numerusform>公開する前に直す必要のあるエラーが %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors; %n warning(s) worth reading.</source>
        <translation>
            <numerusform>エラーはありません。確認しておきたい警告が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each row is one way a message reaches a receiver, computed with the records above as if they were published.</source>
        <translation>各行はメールが受信側に届く経路の 1 つで、上のレコードが公開されたものとして計算しています。</translation>
    </message>
    <message>
        <source>The scenarios could not be simulated: %1</source>
        <translation>シナリオをシミュレーションできませんでした: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Saved to %1; it opens in dmarcplan when you press Finish.</source>
        <translation>%1 に保存しました。「完了」を押すと dmarcplan で開きます。</translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::wizard::SendersPage</name>
    <message>
        <source>Who sends your mail</source>
        <translation>メールの送信元</translation>
    </message>
    <message>
        <source>Tick every service and server that sends mail with your domain in the From address.</source>
        <translation>ヘッダFrom のアドレスにあなたのドメインを使ってメールを送信するサービスとサーバーを、すべてチェックしてください。</translation>
    </message>
    <message>
        <source>This domain sends &amp;no mail</source>
        <translation>このドメインではメールを送信しない(&amp;N)</translation>
    </message>
    <message>
        <source>Nobody sends mail as this domain: receivers are told to reject anything that claims to come from it</source>
        <translation>このドメインとしてメールを送信する人はいません。このドメインを名乗るメールはすべて拒否するよう受信側に伝えます</translation>
    </message>
    <message>
        <source>The records will say so: SPF &quot;v=spf1 -all&quot; (no server may send), DMARC p=reject, and a null MX (&quot;0 .&quot;, RFC 7505) that tells senders the domain receives no mail either — leave the null MX out if it does receive mail.</source>
        <translation>レコードでそのことを宣言します: SPF「v=spf1 -all」（送信を許可するサーバーなし）、DMARC p=reject、そしてこのドメインがメールを受信もしないことを送信側に伝える null MX（「0 .」、RFC 7505）です。メールを受信するドメインなら、null MX は登録しないでください。</translation>
    </message>
    <message>
        <source>Mail services that send for you: tick with the mouse or the space bar</source>
        <translation>あなたの代わりにメールを送信するサービス。マウスかスペースキーでチェックします</translation>
    </message>
    <message>
        <source>%1 (international)</source>
        <translation>%1（海外）</translation>
    </message>
    <message>
        <source>%1 (region: %2)</source>
        <translation>%1（地域: %2）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Our own &amp;mail servers (the domain&apos;s MX hosts) send mail</source>
        <translation>自社のメールサーバー（ドメインの MX ホスト）から送信する(&amp;M)</translation>
    </message>
    <message>
        <source>The servers that receive your mail also send it (typical for your own mail server)</source>
        <translation>メールを受信するサーバーが送信も行います（自社でメールサーバーを運用している場合によくある構成です）</translation>
    </message>
    <message>
        <source>IPv4/IPv6 addresses or ranges of other servers that send, separated by commas or spaces (e.g. 192.0.2.10, 2001:db8::/48)</source>
        <translation>送信するその他のサーバーの IPv4/IPv6 アドレスまたはアドレス範囲。カンマか空白で区切ります（例: 192.0.2.10, 2001:db8::/48）</translation>
    </message>
    <message>
        <source>192.0.2.10, 2001:db8::/48</source>
        <translation>192.0.2.10, 2001:db8::/48</translation>
    </message>
    <message>
        <source>Mail &amp;services:</source>
        <translation>メールサービス(&amp;S):</translation>
    </message>
    <message>
        <source>The provider catalogue could not be read: %1</source>
        <translation>事業者カタログを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Other server &amp;addresses:</source>
        <translation>その他のサーバーのアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or range.</source>
        <translation>「%1」は IP アドレスでもアドレス範囲でもありません。</translation>
    </message>
    <message>
        <source>Tick at least one sender, or &quot;This domain sends no mail&quot;.</source>
        <translation>送信元を 1 つ以上チェックするか、「このドメインではメールを送信しない」をチェックしてください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Not in the provider&apos;s documentation: %1</source>
        <translation>提供元の資料にない情報:%1</translation>
    </message>
    <message>
        <source>%1&apos;s documentation gives no SPF include: ask them, or list the sending addresses below.</source>
        <translation>%1 の資料には SPF の include がありません。問い合わせるか、下に送信サーバーのアドレスを書いてください。</translation>
    </message>
</context>
</TS>
