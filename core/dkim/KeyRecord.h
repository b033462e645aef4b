#pragma once
// A DKIM key record (RFC 6376 §3.6.1) parsed for use: the verifier and the linter both read records
// through this, so they agree on what a record means.

#include "core/dkim/Crypto.h"
#include "core/dkim/TagList.h"

#include <string>
#include <vector>

namespace dmarcplan::dkim {

struct KeyRecord {
    TagList tags;
    std::string version;               // v= ("" when absent)
    std::string keyType = "rsa";       // k= (default rsa)
    std::vector<std::string> hashes;   // h= (empty: all allowed)
    std::vector<std::string> services; // s= (empty: "*")
    std::vector<std::string> flags;    // t=
    bool hasP = false;
    bool revoked = false; // p= present and empty (§3.6.1)
    bool pkcs1 = false;   // RSA key given as PKCS#1 RSAPublicKey instead of SPKI
    bool base64Valid = true;
    PKeyPtr key; // the usable public key, when p= decodes to one

    bool testing() const;                         // t=y
    bool strictIdentity() const;                  // t=s
    bool allowsHash(std::string_view hash) const; // "sha256", "sha1"
    bool allowsEmail() const;                     // s= includes "*" or "email"
};

KeyRecord parseKeyRecord(std::string_view text);

// Splits a colon-separated list ("sha1:sha256") into trimmed items.
std::vector<std::string> splitColonList(std::string_view text);

} // namespace dmarcplan::dkim
