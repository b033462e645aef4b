<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Plan, lint and simulate SPF, DKIM and DMARC before you deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render every view to PNG files in DIR and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use LANG (en, ja) this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{name} is outside the loaded zones and live DNS is off (--offline): treated as non-existent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS query for {name} {type} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name server settings and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot; authorizes {addresses} addresses: a range this wide lets other customers of the same networks send as you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the sending hosts or the provider&apos;s own include instead of a whole network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot; has host bits set: it means {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the network address: {network}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is included more than once: each include costs a DNS lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the repeated include:{target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name}= modifier appears more than once (position {position}): receivers return permerror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a single {name}= modifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network} is listed more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the repeated &quot;{term}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of {target} (reached by &quot;{term}&quot;) gives permerror: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the owner of {target} to fix its record, or remove &quot;{term}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot; leads back to {target}: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the include or redirect that closes the loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} (reached by &quot;{term}&quot;) publishes no SPF record: receivers return permerror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the provider&apos;s documentation for the right include name, or remove &quot;{term}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} (reached by &quot;{term}&quot;) does not exist: receivers return permerror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the name or remove &quot;{term}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of {target} (reached by &quot;{term}&quot;) could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name servers of {target} and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record starts with whitespace: receivers do not recognise it as SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the record with &quot;v=spf1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation needs {count} DNS lookups (worst case {worst_case}); more than 10 gives permerror, so receivers treat every message as failing SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove unused includes, replace a/mx with ip4/ip6, or flatten includes (dmarcplan spf generate --flatten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation needs {count} of the 10 allowed DNS lookups (worst case {worst_case}): one more include by a provider breaks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a margin: remove unused includes or replace a/mx with ip4/ip6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot; uses macros: its target depends on each message and cannot be checked in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} publishes {count} SPF records: receivers return permerror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge them into one TXT record that starts with &quot;v=spf1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot;: {target} has {count} MX records; more than 10 gives permerror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the outgoing hosts with ip4/ip6 instead of mx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot; says nothing about other senders: forged mail gets neutral, not fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End with &quot;~all&quot; while testing and &quot;-all&quot; once every sender is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot;: {target} has no {type} addresses, so the mechanism never matches (and counts as a void lookup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;{term}&quot; or publish the addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has neither &quot;all&quot; nor &quot;redirect=&quot;: unlisted senders get neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the record with &quot;-all&quot; (or &quot;~all&quot; while testing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} publishes no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a TXT record such as &quot;v=spf1 mx -all&quot; (dmarcplan spf generate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot; is already covered by &quot;{other}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;{term}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} has no MX and no address records, so it sends no mail, but its SPF record authorizes senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &quot;v=spf1 -all&quot; for a domain that sends no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot; authorizes every host on the Internet to send as this domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;-all&quot; (or &quot;~all&quot; while testing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot;: the ptr mechanism is slow, unreliable and deprecated (RFC 7208 §5.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with ip4/ip6 ranges or a, mx, include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is {length} bytes: answers over 450 bytes risk not fitting in one UDP packet with the rest of the answer (RFC 7208 §3.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten it: move hosts into an include on a subdomain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is {length} bytes: over 512 bytes, receivers without EDNS0 or TCP cannot read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split it: move hosts into an include on a subdomain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot; is ignored because the record has an &quot;all&quot; mechanism (RFC 7208 §6.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove either &quot;all&quot; or the redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} publishes the obsolete SPF record type (99), which receivers no longer read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the SPF-type record; keep the TXT record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} publishes a Sender ID record (&quot;{record}&quot;), an abandoned experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spf2.0 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A string of the record is {length} characters; a TXT character-string holds at most 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the record as several quoted strings of at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot; at position {position} does not hold a valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write ip4:192.0.2.0/24 or ip6:2001:db8::/32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid prefix length in &quot;{term}&quot; at position {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use /0 to /32 for IPv4 and //0 to //128 (ip6: /0 to /128), without leading zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain in &quot;{term}&quot; at position {position} does not end in a valid top-level label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a fully qualified domain name such as _spf.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid macro at position {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write macros as %{letter}, and a literal percent sign as %%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character {character} at position {position} is not allowed: SPF records are 7-bit ASCII and terms are separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the character; separate terms with spaces only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot; at position {position} needs a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the domain after a colon, e.g. include:_spf.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot; at position {position} is not a valid modifier name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier names start with a letter and contain letters, digits, -, _ and dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier &quot;{term}&quot; at position {position} has a qualifier; only mechanisms take +, -, ~ or ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the qualifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot; at position {position} has an argument this mechanism does not take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mechanism &quot;{term}&quot; at position {position}: receivers return permerror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of all, include, a, mx, ptr, ip4, ip6, exists, or write a modifier as name=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not start with &quot;v=spf1&quot; followed by a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the record with &quot;v=spf1 &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot; comes after &quot;all&quot; and is never evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it before &quot;all&quot; or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown modifier &quot;{term}&quot;: receivers ignore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it unless a receiver you know of uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;v=spf1&quot; is not followed by a space, so receivers do not see an SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a space after &quot;v=spf1&quot; (check how the strings of the TXT record are joined: without spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} lookups return no data (void lookups); more than 2 gives permerror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mechanisms whose names do not exist or have no addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a CNAME to {target}: the key is published by whoever runs that name (typically your sending provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the CNAME as long as the provider signs for you; rotate keys with the provider, not in your zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a DomainKeys-era record (g= tag and no v=DKIM1); RFC 6376 verifiers ignore g=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a current record: v=DKIM1; k=rsa; p=... (dmarcplan dkim keygen writes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ed25519 key must be exactly 32 bytes (RFC 8463 §4), p= decodes to {bytes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the raw 32-byte public key in base64, not a SubjectPublicKeyInfo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h= allows only sha1: RFC 8301 forbids rsa-sha1, so no signature with this key can pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove h= (all hashes allowed) or set h=sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h={value} names no hash verifiers accept (sha256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove h= or set h=sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= is empty: the key is revoked and every signature with this selector fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it so only while old messages are still in transit; otherwise remove the record or publish a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k={type} is not a key type verifiers know (rsa or ed25519)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use k=rsa or k=ed25519.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with both an RSA and an Ed25519 key: many receivers still ignore Ed25519 signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a second key with the other algorithm under another selector and sign with both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bits}-bit RSA keys are weak; some receivers treat their signatures as failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 2048 bits (the default) unless the DNS host cannot publish longer records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {count} TXT records: a verifier may pick any of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish exactly one key record per selector; use a new selector for a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key record at {name} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the record from dmarcplan dkim keygen at this name, or check the selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the public key again; only A-Z a-z 0-9 + / and = padding are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no p= tag, so it is not a DKIM key record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add p= with the public key (an empty p= revokes a key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= does not decode to a {type} public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the SubjectPublicKeyInfo of the key in base64 (dmarcplan dkim keygen prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= holds a PKCS#1 RSAPublicKey, not the SubjectPublicKeyInfo RFC 6376 §3.6.1 requires: some verifiers reject it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the SubjectPublicKeyInfo form (openssl rsa -pubout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has {bits} bits: weak, and some receivers treat it as failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a 2048-bit key and publish it under a new selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has {bits} bits: RFC 8301 §3.2 forbids accepting keys under 1024 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{selector}&quot; is not a valid selector (dot-separated labels of letters, digits and hyphens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a selector such as s2026 or mail1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s={value} does not include email or *: verifiers must not use this key for mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove s= or set s=email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TXT string holds at most 255 characters; this one has {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the record into several quoted strings of at most 255 characters (they are joined without spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag {tag}= appears more than once (RFC 6376 §3.2: the record is invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one {tag}= tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag-list syntax error: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the record as tag=value pairs separated by semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag {tag}= is not defined for key records and is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t=y: the domain says it is testing DKIM, and receivers may treat its signatures as unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove t=y once signatures verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v={value}: a key record with a version other than DKIM1 must be ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use v=DKIM1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no v=DKIM1 (allowed, but recommended so it cannot be mistaken for another record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the record with v=DKIM1;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v= must be the first tag of the record (RFC 6376 §3.6.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move v=DKIM1 to the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag {tag} appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a single {tag}= tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{destination_domain} accepts reports about {domain} ({name} says v=DMARC1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports for {domain} go to {address}, another domain&apos;s mailbox, but {name} has no TXT record starting with v=DMARC1: receivers will not send them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the owner of {destination_domain} to publish {name} TXT &quot;v=DMARC1;&quot; (or *._report._dmarc.{destination_domain} for every domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fo={value} asks for both 0 (report when every mechanism failed) and 1 (report when any failed); they exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one of them: fo=1 gives the most failure reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fo= has no effect without ruf=: receivers ignore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ruf=mailto:... or remove fo=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} has no DMARC record of its own; the record at _dmarc.{policy_domain} applies with {tag}={policy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag}={value} is not valid: expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write {tag}= with one of: {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pct={pct} is an RFC 7489 tag that RFC 9989 removed: new receivers ignore it, older ones apply the policy to {pct}% of failing mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pct=; to try a policy one step lower first, use t=y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rf= is an RFC 7489 tag that RFC 9989 removed; receivers ignore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rf=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ri= is an RFC 7489 tag that RFC 9989 removed; receivers send aggregate reports daily anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove ri=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers disagree about {domain}: with the Public Suffix List they apply {psl}, with the RFC 9989 DNS tree walk {treewalk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the policy you mean at _dmarc.{domain} itself, or add psd=n to the record of the domain that really is the organizational domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no p= tag: receivers treat it as p=none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add p=none, p=quarantine or p=reject right after v=DMARC1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_dmarc.{domain} has {count} DMARC records: receivers discard them all, so the domain has no policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all but one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} sends no mail (its SPF record is &quot;v=spf1 -all&quot;) but its DMARC policy is {policy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain that sends no mail should publish p=reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no DMARC record for {domain} (nor for its organizational domain {org_domain})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish _dmarc.{domain} TXT &quot;v=DMARC1; p=none; rua=mailto:...&quot; to start monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rua= tag: nobody will send you aggregate reports, so you cannot see who sends mail as {domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rua=mailto:dmarc-reports@{domain} (a mailbox you read or a report service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not start with v=DMARC1: receivers ignore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the record with &quot;v=DMARC1;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np=none: anyone may use made-up (non-existent) subdomains of {domain} without consequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set np=reject: names that do not exist send no legitimate mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_dmarc.{domain} also holds a TXT record that is not DMARC: &quot;{text}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it: only the DMARC record belongs at _dmarc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p=none only monitors: mail that fails DMARC is delivered as usual. Rollout step 1 of 3 (none, quarantine, reject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the aggregate reports show all your own mail passing, move to p=quarantine (t=y first if you want a trial).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p=quarantine: mail that fails DMARC goes to spam. Rollout step 2 of 3 (none, quarantine, reject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When quarantine causes no problems for your own mail, move to p=reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p=reject: mail that fails DMARC is refused. The rollout (none, quarantine, reject) is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pct=0 is the RFC 7489 way of testing a policy on no message at all; RFC 9989 removed pct and receivers that follow it apply the full policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace pct=0 with t=y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DMARC record is published at {domain} itself; receivers only look at _dmarc.{domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it to _dmarc.{domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sp= on the record of {domain}, which is below its organizational domain {org_domain}: receivers use this record&apos;s p for {domain} and ignore sp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move sp= to _dmarc.{org_domain}, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sp=none leaves existing subdomains of {domain} unprotected although p={policy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set sp=quarantine or sp=reject, or remove sp so subdomains follow p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SPF record is published at _dmarc.{domain}, where no one looks for SPF: &quot;{text}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish SPF at {domain} and remove it from _dmarc.{domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a tag=value pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with semicolons and write each one as name=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t=y (testing): receivers apply one step less than {policy}, that is {lowered}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove t=y when the test is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tag {tag}: receivers ignore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it or fix its spelling (tags: v, p, sp, np, psd, t, adkim, aspf, fo, rua, ruf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} destination &quot;{uri}&quot; is not a valid report address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write mailto:name@domain, several separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report destination domain {destination_domain} does not exist: reports to {address} are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the address in {tag}=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report destination domain {destination_domain} has no MX record: reports to {address} depend on its address record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish an MX record for {destination_domain} or use another mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} destination {uri} is not a mailto: URI; receivers only have to support mailto: and ignore what they do not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a mailto: address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{uri} has the obsolete size limit !{size}, which RFC 9989 reporters ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;!{size}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} lists {count} destinations; receivers may send to the first two only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at most two destinations in {tag}=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version is &quot;{value}&quot; but must be exactly DMARC1 (upper case): receivers ignore the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write v=DMARC1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v=DMARC1 is not the first tag: receivers ignore the whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move v=DMARC1 to the start of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flattened record copies today&apos;s addresses of {includes} ({count} DNS lookups): it must be regenerated whenever a provider changes its addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate and republish it regularly, or prefer the includes when they fit the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record needs {count} DNS lookups; more than 10 gives permerror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the flattened variant, or drop includes you do not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the {count} common selector names has a DKIM key at {domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the selectors your senders use with --selector (the s= tag of a DKIM-Signature header shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan lists no sending sources: the SPF record authorises nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the servers and providers that send mail for {domain} under &quot;sources&quot;, or keep &quot;v=spf1 -all&quot; if the domain sends no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {type}: the value comes from {provider}&apos;s console and is not in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the value shown by {provider} into the plan ({option}) and generate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider &quot;{provider}&quot; is not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of the catalogue ids (dmarcplan plan providers), or describe the sender as an &quot;include&quot; or &quot;ip&quot; source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider {provider} does not take the option {option}; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {option} from the source&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated a new {algorithm} key for selector {selector}: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the private key on the signing server before publishing the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector {selector} has no public key in the plan, so its record cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run generate with --keys DIR to create the key pair, or put the public key into dkim[].public_key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue does not know a custom return path for {provider}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove return_path, or check {provider}&apos;s documentation and describe the records as separate sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds what looks like a DKIM key, but not under _domainkey: verifiers never look there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the key at SELECTOR._domainkey.DOMAIN (RFC 6376 §3.6.2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {count} DMARC records: receivers then apply none of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep exactly one v=DMARC1 record at {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has MX records but no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish an SPF record for the servers that send as {name}, or &quot;v=spf1 -all&quot; if none do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DMARC policy for the organizational domain {domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a record at _dmarc.{domain}, for a start &quot;v=DMARC1; p=none; rua=mailto:dmarc-reports@{domain}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a DMARC report authorisation but does not start with v=DMARC1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &quot;v=DMARC1&quot; at {name} (RFC 7489 §7.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {count} SPF records: receivers treat that as a permanent error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge them into one record (RFC 7208 §3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sends mail, but the policy that covers it ({tag}= at {domain}) is none while {domain} itself asks for {policy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set sp= at _dmarc.{domain}, or publish a _dmarc record for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TXT character-string is longer than {limit} bytes: DNS cannot carry it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the text into quoted strings of at most 255 bytes: &quot;first part&quot; &quot;second part&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because {tag}={value} is not valid, receivers treat the whole record as p=none (RFC 9989 §4.10.1): the mail it covers is not protected, {domain}&apos;s own included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write {tag}= as none, quarantine or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because {tag}={value} is not valid and rua has no valid address, receivers apply no DMARC at all to the mail this record covers (RFC 9989 §4.10.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds a DMARC record, but receivers read DMARC only at _dmarc names: this one is never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish it at {expected} instead (RFC 9989 §4.10.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds an SPF record, but SPF is never looked up at a {label} name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish SPF at the domain that appears in MAIL FROM or HELO (RFC 7208 §3.1), and remove it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} also publishes its SPF record as type SPF (99), which is obsolete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the SPF-type record; keep the TXT record (RFC 7208 §14.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} publishes SPF only as a record of type SPF (99): receivers read only TXT records, so the domain has no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the same text as a TXT record (RFC 7208 §3.1) and remove the SPF-type record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record at {name} contains \; at position {position}: the backslash is part of the published text, so receivers cannot read the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the backslashes. In a zone file \; already means just ;, and a DNS provider&apos;s web form needs no escaping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record at {name} contains {character} ({codepoint}) at position {position}: text copied from a web page or a word processor brings such characters along, and receivers cannot read the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retype the record as plain ASCII text (straight quotes, hyphen-minus, ordinary spaces) and publish it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup tree has more than {limit} terms that cause DNS lookups; it was not followed past &quot;{term}&quot;, so the counts are lower bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove includes: receivers stop at 10 lookups (RFC 7208 section 4.6.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot; leads more than {limit} include/redirect levels deep; {target} was not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten the include chain: every level costs a lookup, and receivers stop at 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider}&apos;s documentation gives no SPF facts: the SPF record may not authorise it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask {provider} for its SPF include, or list its sending addresses as an &quot;ip&quot; or &quot;include&quot; source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <source>&quot;{text}&quot; is not a ptype.property=value pair; it was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field does not start with the authserv-id (the name of the server that wrote it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method {method} has no &quot;=result&quot;; it was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{authserv_id} recorded that it checked nothing (&quot;none&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text &quot;{text}&quot; was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{result}&quot; is not a result defined for {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment &quot;(&quot; is never closed; the rest of the field was read as the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted string is never closed; the rest of the field was read as its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC fail at {authserv_id}: the chain of ARC seals is broken, so the results recorded by earlier hops cannot be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ARC-Authentication-Results field does not start with i=N;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC none at {authserv_id}: the message carried no ARC chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC pass at {authserv_id}: the intermediaries&apos; ARC seals verify, so a receiver may trust the authentication results they recorded before forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{identifier} is aligned with the From domain {from}: this signature can make DMARC pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM fail at {authserv_id}: the signature of {domain} (selector {selector}) does not verify; the message was changed after signing, or the key does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM neutral at {authserv_id}: the signature of {domain} could not be checked (syntax or unsupported algorithm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM none at {authserv_id}: the message was not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{identifier} is not aligned with the From domain {from}: this signature cannot make DMARC pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM pass at {authserv_id}: the signature of {domain} (selector {selector}) verifies; the signed parts of the message are unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM permerror at {authserv_id}: the signature of {domain} cannot be verified (for example no key at selector {selector})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM policy at {authserv_id}: the signature of {domain} verifies but the receiver&apos;s local policy did not accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DKIM-Signature has no d= or s= tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DKIM-Signature has {count} tag-list problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM temperror at {authserv_id}: the key of {domain} could not be fetched at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC none at {authserv_id}: {from} publishes no DMARC policy, so receivers apply none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver evaluated DMARC for {from}, which is not the From domain found in this header block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC pass at {authserv_id} for {from}: SPF or DKIM passed with a domain aligned with From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC permerror at {authserv_id}: the DMARC record of {from} could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver noted the policy as ({policy_comment})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC temperror at {authserv_id}: the DMARC record of {from} could not be fetched at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From field &quot;{text}&quot; holds no address with a domain: DMARC cannot be evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} is not a header field and was ignored: &quot;{text}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method}={result} at {authserv_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From names {count} mailboxes: receivers may refuse DMARC evaluation (RFC 9989 §5.3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no Authentication-Results or Received-SPF field: the receiving server recorded nothing (or it was removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no From field: DMARC cannot be evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input could not be read as a message or header block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; in Received-SPF is not a key=value pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{result}&quot; is not an SPF result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method}: the receiver recorded {recorded}, today&apos;s DNS gives {today}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client IP address in Received-SPF or Received: SPF cannot be checked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method}: today&apos;s DNS gives {today}, as the receiver recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{identifier} is aligned with the From domain {from}: this SPF pass can make DMARC pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF fail at {authserv_id}: the SPF record of {domain} says the sending server may not send its mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF passed for the HELO name only; DMARC uses the MAIL FROM domain, so this cannot make DMARC pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF neutral at {authserv_id}: the SPF record of {domain} makes no statement about the sending server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF none at {authserv_id}: {domain} publishes no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{identifier} is not aligned with the From domain {from}: this SPF pass cannot make DMARC pass (typical for mail sent through a service using its own bounce domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF pass at {authserv_id}: the sending server is authorised by the SPF record of {domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF permerror at {authserv_id}: the SPF record of {domain} is broken (syntax or too many DNS lookups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF softfail at {authserv_id}: the SPF record of {domain} says the sending server is probably not allowed (~all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF temperror at {authserv_id}: DNS for {domain} failed at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC fail at {authserv_id} for {from}: no aligned SPF or DKIM pass, so the receiver applies the domain&apos;s DMARC policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field holds more than {limit} results: the rest of it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more problems in this field are not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} field at line {line} is {size} bytes long, over the limit of {limit}: it was not analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header block is {size} bytes, over the limit of {limit}: it was not analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is {size} bytes, over the limit of {limit}: it was not analysed (give only the header block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more problems are not listed (at most {limit} are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has {count} {name} fields: only the first {limit} were analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {limit} lines are not header fields (the next at line {line}): the input was not read as a message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveCheck</name>
    <message>
        <source>DKIM selector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no such record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mail server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>TTL %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on the sender (macro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SPF record there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid record there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (never reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key, %2 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softfail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permerror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>{domain} does not designate {ip} as a permitted sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation named by exp={name} is unusable; the default explanation applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a valid domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{term}&quot; goes over the limit of {limit} terms that cause DNS lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} publishes {count} SPF records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {count} MX records, more than the 10 one mx mechanism may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} publishes no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} gave no answer: more than {limit} void lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l= signs only {signed} of {total} body octets: anyone can append content that still passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t={timestamp} is in the future: the signer&apos;s clock may be wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key record has t=y (testing): receivers may treat the message as unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is published as PKCS#1 RSAPublicKey, which some verifiers reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rsa-sha1 signature, and it does not verify either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rsa-sha1 signature is cryptographically valid, but RFC 8301 §3.1 says it must not be accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body changed after signing (body hash mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l= is longer than the body: the body was shortened after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key at {selector}._domainkey.{domain} could not be fetched now (DNS failure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature expired (x= is in the past)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h= does not include From, which RFC 6376 §5.4 requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i= is not at or below d={domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key at {selector}._domainkey.{domain} is not of the type {algorithm} needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key record&apos;s h= does not allow the hash of {algorithm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key record at {selector}._domainkey.{domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key at {selector}._domainkey.{domain} is revoked (empty p=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key record&apos;s s= excludes email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record at {selector}._domainkey.{domain} is not a usable key record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has {bits} bits; RFC 8301 §3.2 forbids accepting keys under 1024 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no DKIM-Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of {domain} verifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed header fields changed after signing, or the key does not match (signature mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM-Signature field is malformed or lacks a required tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a={algorithm} is not an algorithm verifiers support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM-Signature has a version other than v=1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rsa-sha1 signatures fail: RFC 8301 §3.1 says verifiers must not consider them valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM passed for {dkim_domain} (selector {selector}), which is aligned with {from} ({mode} alignment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no DKIM signature to align with {from}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM passed for {dkim_domain} but it is not aligned with {from}: their organizational domains {dkim_org} and {from_org} differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM passed for {dkim_domain} but adkim=s (strict) needs exactly {from}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM signature of {dkim_domain} (selector {selector}) gave {result}: it cannot make DMARC pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{from}&quot; is not a usable From domain: DMARC cannot be evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC fail for {from}: neither SPF nor DKIM gave an aligned pass. The {tag}={policy} policy of _dmarc.{policy_domain} asks receivers for: {disposition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DMARC policy record applies to {from} (organizational domain {org_domain}): receivers apply no DMARC policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC pass for {from}: both SPF ({spf_domain}) and DKIM ({dkim_domain}) are aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC pass for {from}: DKIM ({dkim_domain}) is aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC pass for {from}: SPF ({spf_domain}) is aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record at _dmarc.{policy_domain} has an invalid policy value and no valid rua: receivers apply no DMARC processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC could not be evaluated: the DNS query for {name} failed temporarily ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizational domain of {domain}: {psl} by the Public Suffix List but {treewalk} by the RFC 9989 DNS tree walk. Receivers using different methods will align and apply policy differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizational domain of {domain}: {psl} by both the Public Suffix List and the DNS tree walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizational domain of {domain}: {psl} by the Public Suffix List; the DNS tree walk failed at {name} ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy for {domain} differs by method: {psl} with the Public Suffix List, {treewalk} with the DNS tree walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy comes from the public suffix domain {policy_domain} (psd=y), because the organizational domain publishes no record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record at _dmarc.{policy_domain} has an invalid policy value; because it has a valid rua, receivers act as if it said p=none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{from} does not exist in DNS (NXDOMAIN), so the policy for non-existent subdomains applies: {tag}={policy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy pct={pct}: receivers that still follow RFC 7489 apply {policy} to {pct}% of failing mail and {lower} to the rest; RFC 9989 receivers ignore pct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy for {domain} is the same with the Public Suffix List and the DNS tree walk: {psl}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t=y (testing): the {policy} policy is applied one step lower, as {disposition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF passed for {spf_domain}, which is aligned with {from} ({mode} alignment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF passed only for the HELO name {spf_domain}; DMARC uses the MAIL FROM identity alone (RFC 9989), so this cannot align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SPF result for a MAIL FROM domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF passed for {spf_domain} but it is not aligned with {from}: their organizational domains {spf_org} and {from_org} differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF passed for {spf_domain} but aspf=s (strict) needs exactly {from}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF gave {result} for {spf_domain}: it cannot make DMARC pass</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>Your own server sends with your envelope and signs with your domain&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient&apos;s mailbox forwards the message from its own server, keeping your envelope and the message unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forwarder rewrites the envelope to its own domain with SRS and passes the message on unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mailing list tags the Subject, appends a footer, sends with its own envelope and signs with its own domain; From stays yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mailing list that modifies the message and also puts its own address in From (your address moves to Reply-To).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spoofer uses a subdomain of yours that does not exist, without a signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sending provider signs with your domain through a selector you delegate to it by CNAME, and bounces to its own domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sending provider uses its own bounce domain and signs with its own domain (a third-party signature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sending provider bounces to a subdomain of yours pointed at it by CNAME, and signs with its own domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else&apos;s server sends with your address in From and in the envelope, without a signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own server sends as a subdomain that exists, signed with your domain&apos;s key; the subdomain has no SPF record of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application on your server sends without a signature, with the envelope on a subdomain whose SPF redirects to yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct from your own server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded by the recipient&apos;s mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded with SRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing list that modifies the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing list that rewrites From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoofed non-existent subdomain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending provider with a delegated selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending provider with its own domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending provider with a custom return path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoofer on an unauthorised server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from an existing subdomain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope on a subdomain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is simulated as a CNAME to the provider&apos;s key at {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record at {name} is simulated as &quot;{record}&quot; (published: &quot;{published}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no DMARC record: simulated with &quot;{record}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM key is published at {name}: a generated {algorithm} key is published there for the simulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key for {name} is not available: a generated {algorithm} key replaces the published one for the simulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own server is taken to be {ip} ({helo}), found in the DNS of {domain}; set own_ip to use another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address found in the DNS of {domain} is authorised by its SPF record; {ip} is used as your own server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS of {domain} names no server (no MX, A or SPF address): {ip} stands in; set own_ip to your server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario assumes {name} {type} &quot;{value}&quot;; your DNS already has that name, so your records are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario assumes {name} {type} &quot;{value}&quot; (published for the simulation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} does not sign in this run (sign=off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM alignment in your DMARC record: r (relaxed) or s (strict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF alignment in your DMARC record: r (relaxed) or s (strict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonicalization your signatures use (header/body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key your domain signs with: rsa (2048 bits), ed25519, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing lists append a footer to the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing lists send with their own envelope sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing lists rewrite From to their own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing lists sign with their own domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing lists add a tag to the Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy for non-existent subdomains in your DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of your own outgoing server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy in your DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector of your domain&apos;s signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your domain signs its mail (own server, and selectors delegated to providers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy for subdomains in your DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarders rewrite the envelope with SRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing mode in your DMARC record (t=y lowers the policy one step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC fails for {from}: SPF gives {spf} for {spf_domain}, and the signature of {dkim_domain} gives {dkim} ({dkim_reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC fails for {from}: SPF gives {spf} for {spf_domain}, and DKIM passes only for {dkim_domain}, which is not aligned (adkim={adkim}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC fails for {from}: SPF gives {spf} for {spf_domain}, and the message carries no DKIM signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC fails for {from}: SPF passes for {spf_domain}, which is not aligned (aspf={aspf}), and the signature of {dkim_domain} gives {dkim} ({dkim_reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC fails for {from}: SPF passes for {spf_domain} and DKIM for {dkim_domain}, but neither is aligned (aspf={aspf}, adkim={adkim}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC fails for {from}: SPF passes for {spf_domain}, which is not aligned (aspf={aspf}), and the message carries no DKIM signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DMARC record applies to {from} (organizational domain {org_domain}): receivers apply no policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC passes for {from}: SPF ({spf_domain}) and DKIM ({dkim_domain}) both pass aligned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC passes for {from} through DKIM ({dkim_domain}); SPF gives {spf} for {spf_domain} and does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC passes for {from} through SPF ({spf_domain}); DKIM gives {dkim} and does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC cannot be evaluated for {from}: the policy record is unusable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC cannot be evaluated for {from} now: a DNS query failed temporarily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make SPF or DKIM pass with a domain aligned to {from}: an envelope sender under {from}, or a signature with d={from}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorise {ip} in the SPF record of {spf_domain}, and sign this mail with d={domain} so it does not depend on SPF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the DMARC record that applies to {from}: receivers cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing lists that modify messages fail DMARC unless they rewrite From: ask {actor} to rewrite From for your domain; under {tag}={policy} receivers are asked to {disposition} these posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have {actor} sign with your domain: publish the selector it gives you (usually a CNAME) so that its signature carries d={domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a DMARC record for {domain} (start with p=none and reports) so that receivers apply your policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoofed mail fails DMARC but is still delivered under {tag}=none: move to quarantine, then reject, once your own mail passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signature passes but adkim=s needs d= to be exactly {from}: use adkim=r, or sign with d={from}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF passes for {spf_domain} but aspf=s needs exactly {from}: use aspf=r, or send with the envelope at {from} itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS failure stopped the evaluation: check the name servers and simulate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} changes the message after it was signed: sign after the last change, or stop {actor} from modifying signed mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with your own domain (d={domain}) so forwarded mail still passes: forwarding breaks SPF, but an intact signature survives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change needed: receivers are asked to {disposition} this spoofed mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from {ip} passes as {from}: if that server is not yours, remove it from your SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&quot;%1&quot; is not an IP address with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::CheckTreeModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 DNS lookups in total; SPF allows at most %2 (RFC 7208 section 4.6.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n DNS lookup(s) in this branch</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::DkimKeysModel</name>
    <message>
        <source>The selector: the key is published at SELECTOR._domainkey under the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key yet (see Lint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::FindingsModel</name>
    <message>
        <source>Severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::HeaderAnalysisModel</name>
    <message>
        <source>Recorded by the receiving server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::HeaderView</name>
    <message>
        <source>Paste the headers of a message here (in your mail program: show original / view source), or drop an .eml file on this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste message headers here, or drop an .eml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open .eml...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the headers of a saved message file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the authentication results in these headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-check against today&apos;s DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also evaluate SPF, DKIM and DMARC again with the records published now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header analyser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each authentication result the receiving servers recorded, what it means and, after a re-check, what today&apos;s DNS gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s addresses, reading problems and the re-check against today&apos;s DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-checking against today&apos;s DNS...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From domain: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return-Path: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending server: &lt;b&gt;%1&lt;/b&gt; (HELO %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM signatures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While reading the headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against today&apos;s DNS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing the headers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::LintView</name>
    <message>
        <source>Show only findings at or above this severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings for the plan&apos;s records; double-click one to go to the field it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected finding and how to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No automatic fix is suggested for this finding.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::LiveCheckView</name>
    <message>
        <source>The domain to check, e.g. example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM selectors to look up, separated by spaces or commas (the part before ._domainkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the domain&apos;s SPF, DMARC, MX and DKIM records now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What DNS answered; expand a row to see its records and, for SPF, its includes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a domain name such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking DNS...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled; the rows still waiting were not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::MainWindow</name>
    <message>
        <source>Views (Ctrl+1 to Ctrl+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 view (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header analyser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close dmarcplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS servers, offline zone files and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About dmarcplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence of dmarcplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] - dmarcplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (*.dmarcplan.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (*.dmarcplan.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;dmarcplan %1&lt;/h3&gt;&lt;p&gt;Plan, lint and simulate SPF, DKIM and DMARC records before you deploy them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About dmarcplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider catalogue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to SPF, DKIM and DMARC? The wizard makes the records step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up &amp;records with the wizard...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a few questions about your domain and get every record to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New with &amp;Wizard...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make SPF, DKIM and DMARC records step by step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::PlanDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::PlanView</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain in your From addresses, e.g. example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What SPF says about servers that are not listed: fail (-all) or softfail (~all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail (-all): only these sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softfail (~all): mark others as suspicious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sends mail for the domain (SPF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers and services that send mail with your domain; double-click a value to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your domain&apos;s mail servers (MX) also send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses or ranges of your own servers (office, web server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another domain&apos;s SPF record (include:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending providers from the catalogue (mail services, newsletter tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen provider: its SPF include and DKIM records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM keys your servers sign with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per DKIM key; double-click a selector to rename it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add RSA &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 2048-bit RSA key: every receiver verifies it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ed25519 key (RFC 8463): short, but not every receiver verifies it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC policy and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout stage: monitor first (p=none), then quarantine, then reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor (p=none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (relaxed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF alignment (aspf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM alignment (adkim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy for existing subdomains (sp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy for subdomains that do not exist (np)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Testing (t=y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask receivers to apply one level less than the policy while you test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where aggregate reports go: mailto: addresses separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aspf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adkim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;senders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::RecordsModel</name>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF: who may send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permits reports to this domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return path (bounces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending: the value your provider&apos;s console shows (see Lint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(in %2 strings of at most 255 characters for zone files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::RecordsView</name>
    <message>
        <source>The records to create at your DNS provider: host, type and value as their forms ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected record&apos;s value to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;zone snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every record as zone-file lines to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the zone-file lines to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records as lines of a zone file, for DNS servers you manage yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone-file snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host, type and value for your DNS provider&apos;s web form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same records in zone-file form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone files (*.zone);;Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this record&apos;s value to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the value of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::ScenarioModel</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::ScenariosView</name>
    <message>
        <source>Your DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF alignment (aspf): relaxed accepts an envelope domain in the same organisation as the From domain; strict needs the exact domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM alignment (adkim): relaxed accepts a signing domain in the same organisation as the From domain; strict needs the exact domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy (p) for mail from your domain that fails DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy (sp) for mail from existing subdomains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy (np) for mail from subdomains that do not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Testing mode (t=y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask receivers to apply one level less than the policy while you test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;aspf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a&amp;dkim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s&amp;p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;np:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your mail travels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign with my own domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your servers and providers add a DKIM signature with your domain (d=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm of your DKIM key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarder uses S&amp;RS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forwarding server rewrites the envelope sender to its own domain (SRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List adds subject tag and &amp;footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailing list changes the subject and body, which breaks DKIM signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List rewrites &amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailing list replaces the From address with its own domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per way a message reaches the receiver: SPF, DKIM, their alignment, the DMARC result and what the receiver does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the selected scenario ends as it does, and what to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a scenario to see the SPF trace, the DKIM verification and the recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (monitor only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantine (spam folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1 · envelope: %2 · last server: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF (%1) and DKIM (%2) are aligned with the From domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF (%1) is aligned with the From domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM (%1) is aligned with the From domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM is aligned with the From domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2; deciding term: %3; DNS lookups: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message arrives without a DKIM signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d=%1 s=%2 (%3): %4, reason: %5%6 — %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA and Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or make a plan to see what happens to its mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no domain yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenarios could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan scenario not simulated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the name servers this computer is configured with (/etc/resolv.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;These name servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask only the name servers listed next to this option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses of name servers, separated by commas; add :PORT for a port other than 53 (IPv6 in brackets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offline (zone files only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never use the network: names outside the zone files below are treated as non-existent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone files answered first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 1035 zone files; they are authoritative for the zones they hold, in every mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add zone files to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected zone file from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time budget for one DNS question, all attempts included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the app; takes effect the next time dmarcplan starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one name server, or choose another DNS option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline mode needs at least one zone file to answer from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add zone files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone files (*.zone *.db *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::SourcesModel</name>
    <message>
        <source>Mail servers (MX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host address (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 or IPv6 addresses or ranges, separated by commas (192.0.2.0/28, 2001:db8::/48)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain whose SPF record is included (include:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another domain whose hosts send; empty for the plan&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sending provider from the catalogue: its SPF include and DKIM records are added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses, domain or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the plan&apos;s domain)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::TaskPanel</name>
    <message>
        <source>Progress of the running task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running task; what has arrived so far stays visible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::wizard::DkimPage</name>
    <message>
        <source>DKIM signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM signs each message; receivers check the signature with a public key published in DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign mail from our own servers with our own &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a key pair for your own mail servers: the private key stays with you, the public key goes into DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selector names the key in DNS (&lt;selector&gt;._domainkey.&lt;domain&gt;); a date makes key rotation easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA key size: 2048 bits is what receivers expect; 1024 is too weak (RFC 8301)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 2048 bits (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 4096 bits (may not fit some DNS control panels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 1024 bits (weak, not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also make an &amp;Ed25519 key (a second signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 (RFC 8463) is short and modern, but many receivers do not check it yet: it is added next to the RSA key, never instead of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selector of the Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder the private keys are written to (readable by you only; existing files are never replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the private keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the key pairs in the background and save the private keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 se&amp;lector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save private keys &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM records your mail services ask for; type the values their console shows into the empty cells (F2 edits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records for your mail services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the selector %1&apos;s console shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CNAME target %1&apos;s console shows for this selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key (p=...) %1&apos;s console shows; paste the whole record or the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These services keep the signing key themselves: publish the records below instead of a key of your own. Empty cells are values their console shows you; records still missing a value are listed as pending on the review page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the services you ticked needs DKIM records from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has no DKIM details for %1: follow its documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selector &quot;%1&quot; is not valid: use letters, digits and hyphens (dots between parts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ed25519 selector &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each key needs a selector of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selector &quot;%1&quot; is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the private keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Generate keys: the private keys are written to the folder above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating keys...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating keys in the background...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key generation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key (%2 bits) for selector %3 saved to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the private keys secret and install them on your mail server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::wizard::DmarcPage</name>
    <message>
        <source>DMARC policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC tells receivers what to do with mail that fails SPF and DKIM for your domain, and where to send reports about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. &amp;Monitor (p=none) and collect reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is blocked; the reports show every server that sends as your domain. Start here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. &amp;Quarantine (p=quarantine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing mail goes to the spam folder. Move here when the reports show only your own senders passing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. &amp;Reject (p=reject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing mail is refused. The goal: nobody can send as your domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test mode (t=y): receivers apply one step less while you watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With t=y receivers treat quarantine like none and reject like quarantine (DMARCbis), a gentle way to try the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox that receives the daily aggregate reports (rua); it may be at a report service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;manage the report destination: list its record for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when you manage the report destination&apos;s DNS: the review page then lists the authorisation record to publish there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy for subdomains such as shop.&lt;domain&gt; (sp=); by default they follow the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ports to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subdomains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain sends no mail, so anything claiming to come from it is forged: reject is right from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start here. Read the reports for a few weeks; when every server of yours passes, come back and choose quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this once the reports show your own mail passing. Mail that fails lands in spam folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last stage: failing mail is refused. Choose it after a quiet period in quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode is on: receivers apply one step less than the stage says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an address you get no reports and cannot tell when it is safe to move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain receives no mail (null MX), so reports cannot arrive here: use an address at another domain, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports arrive at your own domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside your domain: it accepts your reports only when it publishes the TXT record &quot;v=DMARC1&quot; at %2 (RFC 7489 §7.1). Report services do this for their customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;manage %1: list that record for me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::wizard::DomainPage</name>
    <message>
        <source>Your domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain in your email addresses (the part after @). Records are made for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain your mail comes from, e.g. example.com or 例え.jp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the domain, as you write it in addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: use letters, digits and hyphens in labels separated by dots, such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records will be made for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as %1; written in records as %2 (punycode).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::wizard::RecordWizard</name>
    <message>
        <source>Record generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous step; what you entered stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard (opens the saved plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the private keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (*.dmarcplan.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::wizard::ReviewPage</name>
    <message>
        <source>SPF: the servers allowed to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM: the key that checks signatures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report authorisation: publish it in the report destination&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Null MX: the domain receives no mail (RFC 7505)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return path of a mail service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add these records at your DNS provider. Copy each value with its button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records to publish: host, type and value as DNS control panels ask for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all as &amp;zone file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every record as zone-file lines (for DNS servers you run yourself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the linters say about these records; the tooltip shows the suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What receivers would do with your mail once these records are published: one row per way a message travels (direct, forwarded, through a mailing list, forged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what you entered as a plan file (*.dmarcplan.json) to open in dmarcplan later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the records and checking them...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the records...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking was cancelled: go back and forward again to repeat it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pending: the value your mail service&apos;s console shows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the value of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to publish.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still need(s) a value from your mail service&apos;s console.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before publishing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors; %n warning(s) worth reading.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Each row is one way a message reaches a receiver, computed with the records above as if they were published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenarios could not be simulated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1; it opens in dmarcplan when you press Finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmarcplan::ui::wizard::SendersPage</name>
    <message>
        <source>Who sends your mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every service and server that sends mail with your domain in the From address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain sends &amp;no mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody sends mail as this domain: receivers are told to reject anything that claims to come from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records will say so: SPF &quot;v=spf1 -all&quot; (no server may send), DMARC p=reject, and a null MX (&quot;0 .&quot;, RFC 7505) that tells senders the domain receives no mail either — leave the null MX out if it does receive mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail services that send for you: tick with the mouse or the space bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (international)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (region: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own &amp;mail servers (the domain&apos;s MX hosts) send mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers that receive your mail also send it (typical for your own mail server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4/IPv6 addresses or ranges of other servers that send, separated by commas or spaces (e.g. 192.0.2.10, 2001:db8::/48)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.0.2.10, 2001:db8::/48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail &amp;services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider catalogue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other server &amp;addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one sender, or &quot;This domain sends no mail&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the provider&apos;s documentation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s documentation gives no SPF include: ask them, or list the sending addresses below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
