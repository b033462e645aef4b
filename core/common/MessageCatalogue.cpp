#include "core/common/MessageCatalogue.h"

#include <algorithm>
#include <unordered_map>

namespace dmarcplan {

namespace {

// Keep each protocol's entries in its own section, codes in alphabetical order within it.
const std::vector<CatalogueEntry> kEntries = {
    // --- common / DNS ---------------------------------------------------------------------------
    {"DNS-OFFLINE-NXDOMAIN", "Findings",
     DMARCPLAN_TR("Findings", "{name} is outside the loaded zones and live DNS is off (--offline): treated as "
                              "non-existent"),
     ""},
    {"DNS-TEMPERROR", "Findings", DMARCPLAN_TR("Findings", "DNS query for {name} {type} failed: {error}"),
     DMARCPLAN_TR("Findings", "Check the name server settings and try again.")},

    // --- SPF ------------------------------------------------------------------------------------
    {"SPF-BROAD-RANGE", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" authorizes {addresses} addresses: a range this wide lets other "
                              "customers of the same networks send as you"),
     DMARCPLAN_TR("Findings", "List the sending hosts or the provider's own include instead of a whole network.")},
    {"SPF-CIDR-HOST-BITS", "Findings", DMARCPLAN_TR("Findings", "\"{term}\" has host bits set: it means {network}"),
     DMARCPLAN_TR("Findings", "Write the network address: {network}.")},
    {"SPF-DUPLICATE-INCLUDE", "Findings",
     DMARCPLAN_TR("Findings", "{target} is included more than once: each include costs a DNS lookup"),
     DMARCPLAN_TR("Findings", "Remove the repeated include:{target}.")},
    {"SPF-DUPLICATE-MODIFIER", "Findings",
     DMARCPLAN_TR("Findings", "The {name}= modifier appears more than once (position {position}): receivers "
                              "return permerror"),
     DMARCPLAN_TR("Findings", "Keep a single {name}= modifier.")},
    {"SPF-DUPLICATE-NETBLOCK", "Findings", DMARCPLAN_TR("Findings", "{network} is listed more than once"),
     DMARCPLAN_TR("Findings", "Remove the repeated \"{term}\".")},
    {"SPF-EXPLANATION-DEFAULT", "Results",
     DMARCPLAN_TR("Results", "{domain} does not designate {ip} as a permitted sender"), ""},
    {"SPF-INCLUDE-INVALID", "Findings",
     DMARCPLAN_TR("Findings", "The SPF record of {target} (reached by \"{term}\") gives permerror: {reason}"),
     DMARCPLAN_TR("Findings", "Ask the owner of {target} to fix its record, or remove \"{term}\".")},
    {"SPF-INCLUDE-LOOP", "Findings", DMARCPLAN_TR("Findings", "\"{term}\" leads back to {target}: {path}"),
     DMARCPLAN_TR("Findings", "Remove the include or redirect that closes the loop.")},
    {"SPF-INCLUDE-NO-RECORD", "Findings",
     DMARCPLAN_TR("Findings", "{target} (reached by \"{term}\") publishes no SPF record: receivers return permerror"),
     DMARCPLAN_TR("Findings", "Check the provider's documentation for the right include name, or remove \"{term}\".")},
    {"SPF-INCLUDE-NXDOMAIN", "Findings",
     DMARCPLAN_TR("Findings", "{target} (reached by \"{term}\") does not exist: receivers return permerror"),
     DMARCPLAN_TR("Findings", "Correct the name or remove \"{term}\".")},
    {"SPF-INCLUDE-TEMPERROR", "Findings",
     DMARCPLAN_TR("Findings", "The SPF record of {target} (reached by \"{term}\") could not be read: {error}"),
     DMARCPLAN_TR("Findings", "Check the name servers of {target} and try again.")},
    {"SPF-LEADING-WHITESPACE", "Findings",
     DMARCPLAN_TR("Findings", "The record starts with whitespace: receivers do not recognise it as SPF"),
     DMARCPLAN_TR("Findings", "Start the record with \"v=spf1\".")},
    {"SPF-LOOKUP-LIMIT", "Findings",
     DMARCPLAN_TR("Findings", "Evaluation needs {count} DNS lookups (worst case {worst_case}); more than 10 "
                              "gives permerror, so receivers treat every message as failing SPF"),
     DMARCPLAN_TR("Findings", "Remove unused includes, replace a/mx with ip4/ip6, or flatten includes "
                              "(dmarcplan spf generate --flatten).")},
    {"SPF-LOOKUP-NEAR-LIMIT", "Findings",
     DMARCPLAN_TR("Findings", "Evaluation needs {count} of the 10 allowed DNS lookups (worst case {worst_case}): "
                              "one more include by a provider breaks it"),
     DMARCPLAN_TR("Findings", "Keep a margin: remove unused includes or replace a/mx with ip4/ip6.")},
    {"SPF-MACRO", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" uses macros: its target depends on each message and cannot be "
                              "checked in advance"),
     ""},
    {"SPF-MULTIPLE-RECORDS", "Findings",
     DMARCPLAN_TR("Findings", "{domain} publishes {count} SPF records: receivers return permerror"),
     DMARCPLAN_TR("Findings", "Merge them into one TXT record that starts with \"v=spf1\".")},
    {"SPF-MX-TOO-MANY", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\": {target} has {count} MX records; more than 10 gives permerror"),
     DMARCPLAN_TR("Findings", "List the outgoing hosts with ip4/ip6 instead of mx.")},
    {"SPF-NEUTRAL-ALL", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" says nothing about other senders: forged mail gets neutral, not fail"),
     DMARCPLAN_TR("Findings", "End with \"~all\" while testing and \"-all\" once every sender is listed.")},
    {"SPF-NO-ADDRESSES", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\": {target} has no {type} addresses, so the mechanism never matches "
                              "(and counts as a void lookup)"),
     DMARCPLAN_TR("Findings", "Remove \"{term}\" or publish the addresses.")},
    {"SPF-NO-ALL", "Findings",
     DMARCPLAN_TR("Findings", "The record has neither \"all\" nor \"redirect=\": unlisted senders get neutral"),
     DMARCPLAN_TR("Findings", "End the record with \"-all\" (or \"~all\" while testing).")},
    {"SPF-NO-RECORD", "Findings", DMARCPLAN_TR("Findings", "{domain} publishes no SPF record"),
     DMARCPLAN_TR("Findings", "Publish a TXT record such as \"v=spf1 mx -all\" (dmarcplan spf generate).")},
    {"SPF-OVERLAPPING-NETBLOCK", "Findings", DMARCPLAN_TR("Findings", "\"{term}\" is already covered by \"{other}\""),
     DMARCPLAN_TR("Findings", "Remove \"{term}\".")},
    {"SPF-PARKED", "Findings",
     DMARCPLAN_TR("Findings", "{domain} has no MX and no address records, so it sends no mail, but its SPF "
                              "record authorizes senders"),
     DMARCPLAN_TR("Findings", "Publish \"v=spf1 -all\" for a domain that sends no mail.")},
    {"SPF-PASS-ALL", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" authorizes every host on the Internet to send as this domain"),
     DMARCPLAN_TR("Findings", "Use \"-all\" (or \"~all\" while testing).")},
    {"SPF-PTR", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\": the ptr mechanism is slow, unreliable and deprecated (RFC 7208 §5.5)"),
     DMARCPLAN_TR("Findings", "Replace it with ip4/ip6 ranges or a, mx, include.")},
    {"SPF-RECORD-LONG", "Findings",
     DMARCPLAN_TR("Findings", "The record is {length} bytes: answers over 450 bytes risk not fitting in one "
                              "UDP packet with the rest of the answer (RFC 7208 §3.4)"),
     DMARCPLAN_TR("Findings", "Shorten it: move hosts into an include on a subdomain.")},
    {"SPF-RECORD-TOO-LONG", "Findings",
     DMARCPLAN_TR("Findings", "The record is {length} bytes: over 512 bytes, receivers without EDNS0 or TCP "
                              "cannot read it"),
     DMARCPLAN_TR("Findings", "Split it: move hosts into an include on a subdomain.")},
    {"SPF-REDIRECT-WITH-ALL", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" is ignored because the record has an \"all\" mechanism (RFC 7208 §6.1)"),
     DMARCPLAN_TR("Findings", "Remove either \"all\" or the redirect.")},
    {"SPF-RR-TYPE-SPF", "Findings",
     DMARCPLAN_TR("Findings", "{domain} publishes the obsolete SPF record type (99), which receivers no longer read"),
     DMARCPLAN_TR("Findings", "Remove the SPF-type record; keep the TXT record.")},
    {"SPF-SENDER-ID", "Findings",
     DMARCPLAN_TR("Findings", "{domain} publishes a Sender ID record (\"{record}\"), an abandoned experiment"),
     DMARCPLAN_TR("Findings", "Remove the spf2.0 record.")},
    {"SPF-STRING-TOO-LONG", "Findings",
     DMARCPLAN_TR("Findings", "A string of the record is {length} characters; a TXT character-string holds at "
                              "most 255"),
     DMARCPLAN_TR("Findings", "Publish the record as several quoted strings of at most 255 characters.")},
    {"SPF-SYNTAX-BAD-ADDRESS", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" at position {position} does not hold a valid address"),
     DMARCPLAN_TR("Findings", "Write ip4:192.0.2.0/24 or ip6:2001:db8::/32.")},
    {"SPF-SYNTAX-BAD-CIDR", "Findings",
     DMARCPLAN_TR("Findings", "Invalid prefix length in \"{term}\" at position {position}"),
     DMARCPLAN_TR("Findings", "Use /0 to /32 for IPv4 and //0 to //128 (ip6: /0 to /128), without leading zeros.")},
    {"SPF-SYNTAX-BAD-DOMAIN", "Findings",
     DMARCPLAN_TR("Findings", "The domain in \"{term}\" at position {position} does not end in a valid "
                              "top-level label"),
     DMARCPLAN_TR("Findings", "Write a fully qualified domain name such as _spf.example.com.")},
    {"SPF-SYNTAX-BAD-MACRO", "Findings", DMARCPLAN_TR("Findings", "Invalid macro at position {position}"),
     DMARCPLAN_TR("Findings", "Write macros as %{letter}, and a literal percent sign as %%.")},
    {"SPF-SYNTAX-CHARACTER", "Findings",
     DMARCPLAN_TR("Findings", "Character {character} at position {position} is not allowed: SPF records are "
                              "7-bit ASCII and terms are separated by spaces"),
     DMARCPLAN_TR("Findings", "Remove the character; separate terms with spaces only.")},
    {"SPF-SYNTAX-MISSING-DOMAIN", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" at position {position} needs a domain"),
     DMARCPLAN_TR("Findings", "Add the domain after a colon, e.g. include:_spf.example.com.")},
    {"SPF-SYNTAX-MODIFIER-NAME", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" at position {position} is not a valid modifier name"),
     DMARCPLAN_TR("Findings", "Modifier names start with a letter and contain letters, digits, -, _ and dots.")},
    {"SPF-SYNTAX-QUALIFIED-MODIFIER", "Findings",
     DMARCPLAN_TR("Findings", "Modifier \"{term}\" at position {position} has a qualifier; only mechanisms "
                              "take +, -, ~ or ?"),
     DMARCPLAN_TR("Findings", "Remove the qualifier.")},
    {"SPF-SYNTAX-UNEXPECTED-ARGUMENT", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" at position {position} has an argument this mechanism does not take"),
     DMARCPLAN_TR("Findings", "Remove the argument.")},
    {"SPF-SYNTAX-UNKNOWN-MECHANISM", "Findings",
     DMARCPLAN_TR("Findings", "Unknown mechanism \"{term}\" at position {position}: receivers return permerror"),
     DMARCPLAN_TR("Findings", "Use one of all, include, a, mx, ptr, ip4, ip6, exists, or write a modifier as "
                              "name=value.")},
    {"SPF-SYNTAX-VERSION", "Findings",
     DMARCPLAN_TR("Findings", "The record does not start with \"v=spf1\" followed by a space"),
     DMARCPLAN_TR("Findings", "Start the record with \"v=spf1 \".")},
    {"SPF-TERMS-AFTER-ALL", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" comes after \"all\" and is never evaluated"),
     DMARCPLAN_TR("Findings", "Move it before \"all\" or remove it.")},
    {"SPF-TRACE-EXP-UNUSABLE", "Results",
     DMARCPLAN_TR("Results", "The explanation named by exp={name} is unusable; the default explanation applies"), ""},
    {"SPF-TRACE-INVALID-DOMAIN", "Results", DMARCPLAN_TR("Results", "{name} is not a valid domain name"), ""},
    {"SPF-TRACE-LOOKUP-LIMIT", "Results",
     DMARCPLAN_TR("Results", "\"{term}\" goes over the limit of {limit} terms that cause DNS lookups"), ""},
    {"SPF-TRACE-MULTIPLE-RECORDS", "Results", DMARCPLAN_TR("Results", "{name} publishes {count} SPF records"), ""},
    {"SPF-TRACE-MX-LIMIT", "Results",
     DMARCPLAN_TR("Results", "{name} has {count} MX records, more than the 10 one mx mechanism may use"), ""},
    {"SPF-TRACE-NO-RECORD", "Results", DMARCPLAN_TR("Results", "{name} publishes no SPF record"), ""},
    {"SPF-TRACE-VOID-LIMIT", "Results",
     DMARCPLAN_TR("Results", "{name} gave no answer: more than {limit} void lookups"), ""},
    {"SPF-UNKNOWN-MODIFIER", "Findings", DMARCPLAN_TR("Findings", "Unknown modifier \"{term}\": receivers ignore it"),
     DMARCPLAN_TR("Findings", "Remove it unless a receiver you know of uses it.")},
    {"SPF-VERSION-NO-SPACE", "Findings",
     DMARCPLAN_TR("Findings", "\"v=spf1\" is not followed by a space, so receivers do not see an SPF record"),
     DMARCPLAN_TR("Findings", "Put a space after \"v=spf1\" (check how the strings of the TXT record are joined: "
                              "without spaces).")},
    {"SPF-VOID-LOOKUPS", "Findings",
     DMARCPLAN_TR("Findings", "{count} lookups return no data (void lookups); more than 2 gives permerror"),
     DMARCPLAN_TR("Findings", "Remove the mechanisms whose names do not exist or have no addresses.")},

    // --- DKIM -----------------------------------------------------------------------------------
    {"DKIM-CNAME-DELEGATED", "Findings",
     DMARCPLAN_TR("Findings", "{name} is a CNAME to {target}: the key is published by whoever runs that name "
                              "(typically your sending provider)"),
     DMARCPLAN_TR(
         "Findings",
         "Keep the CNAME as long as the provider signs for you; rotate keys with the provider, not in your zone.")},
    {"DKIM-DOMAINKEYS-RECORD", "Findings",
     DMARCPLAN_TR("Findings",
                  "This looks like a DomainKeys-era record (g= tag and no v=DKIM1); RFC 6376 verifiers ignore g="),
     DMARCPLAN_TR("Findings", "Publish a current record: v=DKIM1; k=rsa; p=... (dmarcplan dkim keygen writes one).")},
    {"DKIM-ED25519-LENGTH", "Findings",
     DMARCPLAN_TR("Findings", "An Ed25519 key must be exactly 32 bytes (RFC 8463 §4), p= decodes to {bytes}"),
     DMARCPLAN_TR("Findings", "Publish the raw 32-byte public key in base64, not a SubjectPublicKeyInfo.")},
    {"DKIM-HASH-SHA1-ONLY", "Findings",
     DMARCPLAN_TR("Findings", "h= allows only sha1: RFC 8301 forbids rsa-sha1, so no signature with this key can pass"),
     DMARCPLAN_TR("Findings", "Remove h= (all hashes allowed) or set h=sha256.")},
    {"DKIM-HASH-UNKNOWN", "Findings", DMARCPLAN_TR("Findings", "h={value} names no hash verifiers accept (sha256)"),
     DMARCPLAN_TR("Findings", "Remove h= or set h=sha256.")},
    {"DKIM-KEY-REVOKED", "Findings",
     DMARCPLAN_TR("Findings", "p= is empty: the key is revoked and every signature with this selector fails"),
     DMARCPLAN_TR(
         "Findings",
         "Keep it so only while old messages are still in transit; otherwise remove the record or publish a new key.")},
    {"DKIM-KEY-TYPE-UNKNOWN", "Findings",
     DMARCPLAN_TR("Findings", "k={type} is not a key type verifiers know (rsa or ed25519)"),
     DMARCPLAN_TR("Findings", "Use k=rsa or k=ed25519.")},
    {"DKIM-KEYGEN-DUAL-SIGN", "Findings",
     DMARCPLAN_TR("Findings",
                  "Sign with both an RSA and an Ed25519 key: many receivers still ignore Ed25519 signatures"),
     DMARCPLAN_TR("Findings",
                  "Generate a second key with the other algorithm under another selector and sign with both.")},
    {"DKIM-KEYGEN-RSA-1024", "Findings",
     DMARCPLAN_TR("Findings", "{bits}-bit RSA keys are weak; some receivers treat their signatures as failing"),
     DMARCPLAN_TR("Findings", "Use 2048 bits (the default) unless the DNS host cannot publish longer records.")},
    {"DKIM-MULTIPLE-RECORDS", "Findings",
     DMARCPLAN_TR("Findings", "{name} has {count} TXT records: a verifier may pick any of them"),
     DMARCPLAN_TR("Findings", "Publish exactly one key record per selector; use a new selector for a new key.")},
    {"DKIM-NO-RECORD", "Findings", DMARCPLAN_TR("Findings", "No key record at {name} ({status})"),
     DMARCPLAN_TR("Findings", "Publish the record from dmarcplan dkim keygen at this name, or check the selector.")},
    {"DKIM-NOTE-BODY-LENGTH", "Results",
     DMARCPLAN_TR("Results",
                  "l= signs only {signed} of {total} body octets: anyone can append content that still passes"),
     ""},
    {"DKIM-NOTE-FUTURE-TIMESTAMP", "Results",
     DMARCPLAN_TR("Results", "t={timestamp} is in the future: the signer's clock may be wrong"), ""},
    {"DKIM-NOTE-KEY-TESTING", "Results",
     DMARCPLAN_TR("Results", "The key record has t=y (testing): receivers may treat the message as unsigned"), ""},
    {"DKIM-NOTE-PKCS1-KEY", "Results",
     DMARCPLAN_TR("Results", "The key is published as PKCS#1 RSAPublicKey, which some verifiers reject"), ""},
    {"DKIM-NOTE-SHA1-BROKEN", "Results", DMARCPLAN_TR("Results", "rsa-sha1 signature, and it does not verify either"),
     ""},
    {"DKIM-NOTE-SHA1-WOULD-PASS", "Results",
     DMARCPLAN_TR("Results",
                  "The rsa-sha1 signature is cryptographically valid, but RFC 8301 §3.1 says it must not be accepted"),
     ""},
    {"DKIM-P-BASE64", "Findings", DMARCPLAN_TR("Findings", "p= is not valid base64"),
     DMARCPLAN_TR("Findings", "Copy the public key again; only A-Z a-z 0-9 + / and = padding are allowed.")},
    {"DKIM-P-MISSING", "Findings", DMARCPLAN_TR("Findings", "The record has no p= tag, so it is not a DKIM key record"),
     DMARCPLAN_TR("Findings", "Add p= with the public key (an empty p= revokes a key).")},
    {"DKIM-P-NOT-A-KEY", "Findings", DMARCPLAN_TR("Findings", "p= does not decode to a {type} public key"),
     DMARCPLAN_TR("Findings",
                  "Publish the SubjectPublicKeyInfo of the key in base64 (dmarcplan dkim keygen prints it).")},
    {"DKIM-P-PKCS1", "Findings",
     DMARCPLAN_TR("Findings", "p= holds a PKCS#1 RSAPublicKey, not the SubjectPublicKeyInfo RFC 6376 §3.6.1 requires: "
                              "some verifiers reject it"),
     DMARCPLAN_TR("Findings", "Publish the SubjectPublicKeyInfo form (openssl rsa -pubout).")},
    {"DKIM-RSA-1024", "Findings",
     DMARCPLAN_TR("Findings", "The RSA key has {bits} bits: weak, and some receivers treat it as failing"),
     DMARCPLAN_TR("Findings", "Generate a 2048-bit key and publish it under a new selector.")},
    {"DKIM-RSA-TOO-SMALL", "Findings",
     DMARCPLAN_TR("Findings", "The RSA key has {bits} bits: RFC 8301 §3.2 forbids accepting keys under 1024 bits"),
     DMARCPLAN_TR("Findings", "Generate a 2048-bit key and publish it under a new selector.")},
    {"DKIM-SELECTOR-SYNTAX", "Findings",
     DMARCPLAN_TR("Findings",
                  "\"{selector}\" is not a valid selector (dot-separated labels of letters, digits and hyphens)"),
     DMARCPLAN_TR("Findings", "Choose a selector such as s2026 or mail1.")},
    {"DKIM-SERVICE-NOT-EMAIL", "Findings",
     DMARCPLAN_TR("Findings", "s={value} does not include email or *: verifiers must not use this key for mail"),
     DMARCPLAN_TR("Findings", "Remove s= or set s=email.")},
    {"DKIM-STRING-TOO-LONG", "Findings",
     DMARCPLAN_TR("Findings", "A TXT string holds at most 255 characters; this one has {length}"),
     DMARCPLAN_TR(
         "Findings",
         "Split the record into several quoted strings of at most 255 characters (they are joined without spaces).")},
    {"DKIM-TAG-DUPLICATE", "Findings",
     DMARCPLAN_TR("Findings", "Tag {tag}= appears more than once (RFC 6376 §3.2: the record is invalid)"),
     DMARCPLAN_TR("Findings", "Keep one {tag}= tag.")},
    {"DKIM-TAG-SYNTAX", "Findings", DMARCPLAN_TR("Findings", "Tag-list syntax error: {problem}"),
     DMARCPLAN_TR("Findings", "Write the record as tag=value pairs separated by semicolons.")},
    {"DKIM-TAG-UNKNOWN", "Findings",
     DMARCPLAN_TR("Findings", "Tag {tag}= is not defined for key records and is ignored"), ""},
    {"DKIM-TESTING", "Findings",
     DMARCPLAN_TR("Findings",
                  "t=y: the domain says it is testing DKIM, and receivers may treat its signatures as unsigned"),
     DMARCPLAN_TR("Findings", "Remove t=y once signatures verify.")},
    {"DKIM-VERIFY-BODY-HASH-MISMATCH", "Results",
     DMARCPLAN_TR("Results", "The body changed after signing (body hash mismatch)"), ""},
    {"DKIM-VERIFY-BODY-LENGTH-INVALID", "Results",
     DMARCPLAN_TR("Results", "l= is longer than the body: the body was shortened after signing"), ""},
    {"DKIM-VERIFY-DNS-TEMPERROR", "Results",
     DMARCPLAN_TR("Results", "The key at {selector}._domainkey.{domain} could not be fetched now (DNS failure)"), ""},
    {"DKIM-VERIFY-EXPIRED", "Results", DMARCPLAN_TR("Results", "The signature expired (x= is in the past)"), ""},
    {"DKIM-VERIFY-FROM-NOT-SIGNED", "Results",
     DMARCPLAN_TR("Results", "h= does not include From, which RFC 6376 §5.4 requires"), ""},
    {"DKIM-VERIFY-IDENTITY-MISMATCH", "Results", DMARCPLAN_TR("Results", "i= is not at or below d={domain}"), ""},
    {"DKIM-VERIFY-KEY-ALGORITHM-MISMATCH", "Results",
     DMARCPLAN_TR("Results", "The key at {selector}._domainkey.{domain} is not of the type {algorithm} needs"), ""},
    {"DKIM-VERIFY-KEY-HASH-NOT-ALLOWED", "Results",
     DMARCPLAN_TR("Results", "The key record's h= does not allow the hash of {algorithm}"), ""},
    {"DKIM-VERIFY-KEY-NOT-FOUND", "Results", DMARCPLAN_TR("Results", "No key record at {selector}._domainkey.{domain}"),
     ""},
    {"DKIM-VERIFY-KEY-REVOKED", "Results",
     DMARCPLAN_TR("Results", "The key at {selector}._domainkey.{domain} is revoked (empty p=)"), ""},
    {"DKIM-VERIFY-KEY-SERVICE-MISMATCH", "Results", DMARCPLAN_TR("Results", "The key record's s= excludes email"), ""},
    {"DKIM-VERIFY-KEY-SYNTAX", "Results",
     DMARCPLAN_TR("Results", "The record at {selector}._domainkey.{domain} is not a usable key record"), ""},
    {"DKIM-VERIFY-KEY-TOO-SMALL", "Results",
     DMARCPLAN_TR("Results", "The RSA key has {bits} bits; RFC 8301 §3.2 forbids accepting keys under 1024 bits"), ""},
    {"DKIM-VERIFY-NO-SIGNATURE", "Results", DMARCPLAN_TR("Results", "The message has no DKIM-Signature"), ""},
    {"DKIM-VERIFY-NONE", "Results", DMARCPLAN_TR("Results", "The signature of {domain} verifies"), ""},
    {"DKIM-VERIFY-SIGNATURE-MISMATCH", "Results",
     DMARCPLAN_TR("Results",
                  "The signed header fields changed after signing, or the key does not match (signature mismatch)"),
     ""},
    {"DKIM-VERIFY-SIGNATURE-SYNTAX", "Results",
     DMARCPLAN_TR("Results", "The DKIM-Signature field is malformed or lacks a required tag"), ""},
    {"DKIM-VERIFY-UNKNOWN-ALGORITHM", "Results",
     DMARCPLAN_TR("Results", "a={algorithm} is not an algorithm verifiers support"), ""},
    {"DKIM-VERIFY-UNSUPPORTED-VERSION", "Results",
     DMARCPLAN_TR("Results", "The DKIM-Signature has a version other than v=1"), ""},
    {"DKIM-VERIFY-WEAK-ALGORITHM", "Results",
     DMARCPLAN_TR("Results", "rsa-sha1 signatures fail: RFC 8301 §3.1 says verifiers must not consider them valid"),
     ""},
    {"DKIM-VERSION-INVALID", "Findings",
     DMARCPLAN_TR("Findings", "v={value}: a key record with a version other than DKIM1 must be ignored"),
     DMARCPLAN_TR("Findings", "Use v=DKIM1.")},
    {"DKIM-VERSION-MISSING", "Findings",
     DMARCPLAN_TR("Findings",
                  "The record has no v=DKIM1 (allowed, but recommended so it cannot be mistaken for another record)"),
     DMARCPLAN_TR("Findings", "Start the record with v=DKIM1;")},
    {"DKIM-VERSION-NOT-FIRST", "Findings",
     DMARCPLAN_TR("Findings", "v= must be the first tag of the record (RFC 6376 §3.6.1)"),
     DMARCPLAN_TR("Findings", "Move v=DKIM1 to the start.")},

    // --- DMARC ----------------------------------------------------------------------------------
    // findings (context "Findings")
    {"DMARC-DUPLICATE-TAG", "Findings", DMARCPLAN_TR("Findings", "The tag {tag} appears more than once"),
     DMARCPLAN_TR("Findings", "Keep a single {tag}= tag.")},
    {"DMARC-EXTERNAL-AUTHORIZED", "Findings",
     DMARCPLAN_TR("Findings", "{destination_domain} accepts reports about {domain} ({name} says v=DMARC1)"), ""},
    {"DMARC-EXTERNAL-NOT-AUTHORIZED", "Findings",
     DMARCPLAN_TR("Findings", "Reports for {domain} go to {address}, another domain's mailbox, but {name} has no TXT "
                              "record starting with v=DMARC1: receivers will not send them"),
     DMARCPLAN_TR("Findings", "Ask the owner of {destination_domain} to publish {name} TXT \"v=DMARC1;\" (or "
                              "*._report._dmarc.{destination_domain} for every domain).")},
    {"DMARC-FO-CONFLICT", "Findings",
     DMARCPLAN_TR("Findings", "fo={value} asks for both 0 (report when every mechanism failed) and 1 (report when any "
                              "failed); they exclude each other"),
     DMARCPLAN_TR("Findings", "Keep one of them: fo=1 gives the most failure reports.")},
    {"DMARC-FO-WITHOUT-RUF", "Findings",
     DMARCPLAN_TR("Findings", "fo= has no effect without ruf=: receivers ignore it"),
     DMARCPLAN_TR("Findings", "Add ruf=mailto:... or remove fo=.")},
    {"DMARC-INHERITED", "Findings",
     DMARCPLAN_TR(
         "Findings",
         "{domain} has no DMARC record of its own; the record at _dmarc.{policy_domain} applies with {tag}={policy}"),
     ""},
    {"DMARC-INVALID-VALUE", "Findings", DMARCPLAN_TR("Findings", "{tag}={value} is not valid: expected {expected}"),
     DMARCPLAN_TR("Findings", "Write {tag}= with one of: {expected}.")},
    {"DMARC-LEGACY-PCT", "Findings",
     DMARCPLAN_TR("Findings", "pct={pct} is an RFC 7489 tag that RFC 9989 removed: new receivers ignore it, older ones "
                              "apply the policy to {pct}% of failing mail"),
     DMARCPLAN_TR("Findings", "Remove pct=; to try a policy one step lower first, use t=y.")},
    {"DMARC-LEGACY-RF", "Findings",
     DMARCPLAN_TR("Findings", "rf= is an RFC 7489 tag that RFC 9989 removed; receivers ignore it"),
     DMARCPLAN_TR("Findings", "Remove rf=.")},
    {"DMARC-LEGACY-RI", "Findings",
     DMARCPLAN_TR("Findings",
                  "ri= is an RFC 7489 tag that RFC 9989 removed; receivers send aggregate reports daily anyway"),
     DMARCPLAN_TR("Findings", "Remove ri=.")},
    {"DMARC-METHODS-DIFFER", "Findings",
     DMARCPLAN_TR("Findings", "Receivers disagree about {domain}: with the Public Suffix List they apply {psl}, with "
                              "the RFC 9989 DNS tree walk {treewalk}"),
     DMARCPLAN_TR("Findings", "Publish the policy you mean at _dmarc.{domain} itself, or add psd=n to the record of "
                              "the domain that really is the organizational domain.")},
    {"DMARC-MISSING-P", "Findings", DMARCPLAN_TR("Findings", "The record has no p= tag: receivers treat it as p=none"),
     DMARCPLAN_TR("Findings", "Add p=none, p=quarantine or p=reject right after v=DMARC1.")},
    {"DMARC-MULTIPLE-RECORDS", "Findings",
     DMARCPLAN_TR("Findings",
                  "_dmarc.{domain} has {count} DMARC records: receivers discard them all, so the domain has no policy"),
     DMARCPLAN_TR("Findings", "Delete all but one record.")},
    {"DMARC-NO-MAIL-NOT-REJECT", "Findings",
     DMARCPLAN_TR("Findings",
                  "{domain} sends no mail (its SPF record is \"v=spf1 -all\") but its DMARC policy is {policy}"),
     DMARCPLAN_TR("Findings", "A domain that sends no mail should publish p=reject.")},
    {"DMARC-NO-RECORD", "Findings",
     DMARCPLAN_TR("Findings", "There is no DMARC record for {domain} (nor for its organizational domain {org_domain})"),
     DMARCPLAN_TR("Findings", "Publish _dmarc.{domain} TXT \"v=DMARC1; p=none; rua=mailto:...\" to start monitoring.")},
    {"DMARC-NO-RUA", "Findings",
     DMARCPLAN_TR("Findings",
                  "No rua= tag: nobody will send you aggregate reports, so you cannot see who sends mail as {domain}"),
     DMARCPLAN_TR("Findings", "Add rua=mailto:dmarc-reports@{domain} (a mailbox you read or a report service).")},
    {"DMARC-NO-VERSION", "Findings",
     DMARCPLAN_TR("Findings", "The record does not start with v=DMARC1: receivers ignore it"),
     DMARCPLAN_TR("Findings", "Start the record with \"v=DMARC1;\".")},
    {"DMARC-NP-NONE", "Findings",
     DMARCPLAN_TR("Findings",
                  "np=none: anyone may use made-up (non-existent) subdomains of {domain} without consequence"),
     DMARCPLAN_TR("Findings", "Set np=reject: names that do not exist send no legitimate mail.")},
    {"DMARC-OTHER-TXT", "Findings",
     DMARCPLAN_TR("Findings", "_dmarc.{domain} also holds a TXT record that is not DMARC: \"{text}\""),
     DMARCPLAN_TR("Findings", "Remove it: only the DMARC record belongs at _dmarc.")},
    {"DMARC-P-NONE", "Findings",
     DMARCPLAN_TR("Findings", "p=none only monitors: mail that fails DMARC is delivered as usual. Rollout step 1 of 3 "
                              "(none, quarantine, reject)"),
     DMARCPLAN_TR("Findings", "When the aggregate reports show all your own mail passing, move to p=quarantine (t=y "
                              "first if you want a trial).")},
    {"DMARC-P-QUARANTINE", "Findings",
     DMARCPLAN_TR("Findings",
                  "p=quarantine: mail that fails DMARC goes to spam. Rollout step 2 of 3 (none, quarantine, reject)"),
     DMARCPLAN_TR("Findings", "When quarantine causes no problems for your own mail, move to p=reject.")},
    {"DMARC-P-REJECT", "Findings",
     DMARCPLAN_TR("Findings",
                  "p=reject: mail that fails DMARC is refused. The rollout (none, quarantine, reject) is complete"),
     ""},
    {"DMARC-PCT-ZERO", "Findings",
     DMARCPLAN_TR("Findings", "pct=0 is the RFC 7489 way of testing a policy on no message at all; RFC 9989 removed "
                              "pct and receivers that follow it apply the full policy"),
     DMARCPLAN_TR("Findings", "Replace pct=0 with t=y.")},
    {"DMARC-RECORD-AT-APEX", "Findings",
     DMARCPLAN_TR("Findings", "A DMARC record is published at {domain} itself; receivers only look at _dmarc.{domain}"),
     DMARCPLAN_TR("Findings", "Move it to _dmarc.{domain}.")},
    {"DMARC-SP-BELOW-ORG", "Findings",
     DMARCPLAN_TR("Findings", "sp= on the record of {domain}, which is below its organizational domain {org_domain}: "
                              "receivers use this record's p for {domain} and ignore sp"),
     DMARCPLAN_TR("Findings", "Move sp= to _dmarc.{org_domain}, or remove it.")},
    {"DMARC-SP-NONE", "Findings",
     DMARCPLAN_TR("Findings", "sp=none leaves existing subdomains of {domain} unprotected although p={policy}"),
     DMARCPLAN_TR("Findings", "Set sp=quarantine or sp=reject, or remove sp so subdomains follow p.")},
    {"DMARC-SPF-AT-DMARC", "Findings",
     DMARCPLAN_TR("Findings", "An SPF record is published at _dmarc.{domain}, where no one looks for SPF: \"{text}\""),
     DMARCPLAN_TR("Findings", "Publish SPF at {domain} and remove it from _dmarc.{domain}.")},
    {"DMARC-SYNTAX", "Findings", DMARCPLAN_TR("Findings", "\"{text}\" is not a tag=value pair"),
     DMARCPLAN_TR("Findings", "Separate tags with semicolons and write each one as name=value.")},
    {"DMARC-TESTING", "Findings",
     DMARCPLAN_TR("Findings", "t=y (testing): receivers apply one step less than {policy}, that is {lowered}"),
     DMARCPLAN_TR("Findings", "Remove t=y when the test is over.")},
    {"DMARC-UNKNOWN-TAG", "Findings", DMARCPLAN_TR("Findings", "Unknown tag {tag}: receivers ignore it"),
     DMARCPLAN_TR("Findings",
                  "Remove it or fix its spelling (tags: v, p, sp, np, psd, t, adkim, aspf, fo, rua, ruf).")},
    {"DMARC-URI-INVALID", "Findings",
     DMARCPLAN_TR("Findings", "{tag} destination \"{uri}\" is not a valid report address"),
     DMARCPLAN_TR("Findings", "Write mailto:name@domain, several separated by commas.")},
    {"DMARC-URI-NO-DOMAIN", "Findings",
     DMARCPLAN_TR("Findings",
                  "Report destination domain {destination_domain} does not exist: reports to {address} are lost"),
     DMARCPLAN_TR("Findings", "Fix the address in {tag}=.")},
    {"DMARC-URI-NO-MX", "Findings",
     DMARCPLAN_TR("Findings", "Report destination domain {destination_domain} has no MX record: reports to {address} "
                              "depend on its address record"),
     DMARCPLAN_TR("Findings", "Publish an MX record for {destination_domain} or use another mailbox.")},
    {"DMARC-URI-NOT-MAILTO", "Findings",
     DMARCPLAN_TR("Findings", "{tag} destination {uri} is not a mailto: URI; receivers only have to support mailto: "
                              "and ignore what they do not support"),
     DMARCPLAN_TR("Findings", "Use a mailto: address.")},
    {"DMARC-URI-SIZE-LIMIT", "Findings",
     DMARCPLAN_TR("Findings", "{uri} has the obsolete size limit !{size}, which RFC 9989 reporters ignore"),
     DMARCPLAN_TR("Findings", "Remove \"!{size}\".")},
    {"DMARC-URI-TOO-MANY", "Findings",
     DMARCPLAN_TR("Findings", "{tag} lists {count} destinations; receivers may send to the first two only"),
     DMARCPLAN_TR("Findings", "Keep at most two destinations in {tag}=.")},
    {"DMARC-VERSION-INVALID", "Findings",
     DMARCPLAN_TR("Findings",
                  "The version is \"{value}\" but must be exactly DMARC1 (upper case): receivers ignore the record"),
     DMARCPLAN_TR("Findings", "Write v=DMARC1.")},
    {"DMARC-VERSION-NOT-FIRST", "Findings",
     DMARCPLAN_TR("Findings", "v=DMARC1 is not the first tag: receivers ignore the whole record"),
     DMARCPLAN_TR("Findings", "Move v=DMARC1 to the start of the record.")},
    // evaluation results (context "Results")
    {"DMARC-DKIM-ALIGNED", "Results",
     DMARCPLAN_TR("Results",
                  "DKIM passed for {dkim_domain} (selector {selector}), which is aligned with {from} ({mode} "
                  "alignment)"),
     ""},
    {"DMARC-DKIM-NONE", "Results", DMARCPLAN_TR("Results", "The message has no DKIM signature to align with {from}"),
     ""},
    {"DMARC-DKIM-NOT-ALIGNED", "Results",
     DMARCPLAN_TR("Results", "DKIM passed for {dkim_domain} but it is not aligned with {from}: their organizational "
                             "domains {dkim_org} and {from_org} differ"),
     ""},
    {"DMARC-DKIM-NOT-ALIGNED-STRICT", "Results",
     DMARCPLAN_TR("Results", "DKIM passed for {dkim_domain} but adkim=s (strict) needs exactly {from}"), ""},
    {"DMARC-DKIM-NOT-PASS", "Results",
     DMARCPLAN_TR("Results", "The DKIM signature of {dkim_domain} (selector {selector}) gave {result}: it cannot make "
                             "DMARC pass"),
     ""},
    {"DMARC-EVAL-BAD-FROM", "Results",
     DMARCPLAN_TR("Results", "\"{from}\" is not a usable From domain: DMARC cannot be evaluated"), ""},
    {"DMARC-EVAL-FAIL", "Results",
     DMARCPLAN_TR("Results", "DMARC fail for {from}: neither SPF nor DKIM gave an aligned pass. The {tag}={policy} "
                             "policy of _dmarc.{policy_domain} asks receivers for: {disposition}"),
     ""},
    {"DMARC-EVAL-NONE", "Results",
     DMARCPLAN_TR("Results", "No DMARC policy record applies to {from} (organizational domain {org_domain}): receivers "
                             "apply no DMARC policy"),
     ""},
    {"DMARC-EVAL-PASS-BOTH", "Results",
     DMARCPLAN_TR("Results", "DMARC pass for {from}: both SPF ({spf_domain}) and DKIM ({dkim_domain}) are aligned"),
     ""},
    {"DMARC-EVAL-PASS-DKIM", "Results",
     DMARCPLAN_TR("Results", "DMARC pass for {from}: DKIM ({dkim_domain}) is aligned"), ""},
    {"DMARC-EVAL-PASS-SPF", "Results", DMARCPLAN_TR("Results", "DMARC pass for {from}: SPF ({spf_domain}) is aligned"),
     ""},
    {"DMARC-EVAL-PERMERROR", "Results",
     DMARCPLAN_TR("Results", "The DMARC record at _dmarc.{policy_domain} has an invalid policy value and no valid rua: "
                             "receivers apply no DMARC processing"),
     ""},
    {"DMARC-EVAL-TEMPERROR", "Results",
     DMARCPLAN_TR("Results", "DMARC could not be evaluated: the DNS query for {name} failed temporarily ({error})"),
     ""},
    {"DMARC-ORG-DIFFERS", "Results",
     DMARCPLAN_TR("Results", "Organizational domain of {domain}: {psl} by the Public Suffix List but {treewalk} by the "
                             "RFC 9989 DNS tree walk. Receivers using different methods will align and apply policy "
                             "differently"),
     ""},
    {"DMARC-ORG-SAME", "Results",
     DMARCPLAN_TR("Results", "Organizational domain of {domain}: {psl} by both the Public Suffix List and the DNS tree "
                             "walk"),
     ""},
    {"DMARC-ORG-TEMPERROR", "Results",
     DMARCPLAN_TR("Results", "Organizational domain of {domain}: {psl} by the Public Suffix List; the DNS tree walk "
                             "failed at {name} ({error})"),
     ""},
    {"DMARC-POLICY-DIFFERS", "Results",
     DMARCPLAN_TR("Results",
                  "Policy for {domain} differs by method: {psl} with the Public Suffix List, {treewalk} with "
                  "the DNS tree walk"),
     ""},
    {"DMARC-POLICY-FROM-PSD", "Results",
     DMARCPLAN_TR("Results", "The policy comes from the public suffix domain {policy_domain} (psd=y), because the "
                             "organizational domain publishes no record"),
     ""},
    {"DMARC-POLICY-INVALID-FALLBACK", "Results",
     DMARCPLAN_TR("Results", "The record at _dmarc.{policy_domain} has an invalid policy value; because it has a valid "
                             "rua, receivers act as if it said p=none"),
     ""},
    {"DMARC-POLICY-NXDOMAIN", "Results",
     DMARCPLAN_TR("Results", "{from} does not exist in DNS (NXDOMAIN), so the policy for non-existent subdomains "
                             "applies: {tag}={policy}"),
     ""},
    {"DMARC-POLICY-PCT", "Results",
     DMARCPLAN_TR("Results",
                  "Legacy pct={pct}: receivers that still follow RFC 7489 apply {policy} to {pct}% of failing "
                  "mail and {lower} to the rest; RFC 9989 receivers ignore pct"),
     ""},
    {"DMARC-POLICY-SAME", "Results",
     DMARCPLAN_TR("Results",
                  "Policy for {domain} is the same with the Public Suffix List and the DNS tree walk: {psl}"),
     ""},
    {"DMARC-POLICY-TESTING", "Results",
     DMARCPLAN_TR("Results", "t=y (testing): the {policy} policy is applied one step lower, as {disposition}"), ""},
    {"DMARC-SPF-ALIGNED", "Results",
     DMARCPLAN_TR("Results", "SPF passed for {spf_domain}, which is aligned with {from} ({mode} alignment)"), ""},
    {"DMARC-SPF-HELO-IGNORED", "Results",
     DMARCPLAN_TR("Results", "SPF passed only for the HELO name {spf_domain}; DMARC uses the MAIL FROM identity alone "
                             "(RFC 9989), so this cannot align"),
     ""},
    {"DMARC-SPF-NONE", "Results", DMARCPLAN_TR("Results", "No SPF result for a MAIL FROM domain"), ""},
    {"DMARC-SPF-NOT-ALIGNED", "Results",
     DMARCPLAN_TR("Results", "SPF passed for {spf_domain} but it is not aligned with {from}: their organizational "
                             "domains {spf_org} and {from_org} differ"),
     ""},
    {"DMARC-SPF-NOT-ALIGNED-STRICT", "Results",
     DMARCPLAN_TR("Results", "SPF passed for {spf_domain} but aspf=s (strict) needs exactly {from}"), ""},
    {"DMARC-SPF-NOT-PASS", "Results",
     DMARCPLAN_TR("Results", "SPF gave {result} for {spf_domain}: it cannot make DMARC pass"), ""},

    // --- headers --------------------------------------------------------------------------------

    // --- simulate -------------------------------------------------------------------------------

    // --- plan / zone lint / check ---------------------------------------------------------------
};

} // namespace

const std::vector<CatalogueEntry>& messageCatalogue() {
    return kEntries;
}

const CatalogueEntry* findCatalogueEntry(std::string_view code) {
    static const std::unordered_map<std::string_view, const CatalogueEntry*> index = [] {
        std::unordered_map<std::string_view, const CatalogueEntry*> map;
        for (const auto& entry : kEntries)
            map.emplace(entry.code, &entry);
        return map;
    }();
    auto it = index.find(code);
    return it == index.end() ? nullptr : it->second;
}

std::string substitute(std::string_view templ, const MessageParams& params) {
    std::string out;
    out.reserve(templ.size() + 16);
    for (std::size_t i = 0; i < templ.size();) {
        if (templ[i] == '{') {
            auto close = templ.find('}', i + 1);
            if (close != std::string_view::npos) {
                auto it = params.find(std::string(templ.substr(i + 1, close - i - 1)));
                if (it != params.end()) {
                    out += it->second;
                    i = close + 1;
                    continue;
                }
            }
        }
        out += templ[i++];
    }
    return out;
}

std::string renderMessage(std::string_view code, const MessageParams& params) {
    if (const auto* entry = findCatalogueEntry(code))
        return substitute(entry->text, params);
    std::string out(code);
    for (const auto& [key, value] : params)
        out += " " + key + "=" + value;
    return out;
}

std::string renderFix(std::string_view code, const MessageParams& params) {
    if (const auto* entry = findCatalogueEntry(code))
        return substitute(entry->fix, params);
    return {};
}

std::string Message::text() const {
    return renderMessage(code, params);
}

} // namespace dmarcplan
