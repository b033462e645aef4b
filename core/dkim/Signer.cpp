#include "core/dkim/Signer.h"

#include "core/common/Clock.h"
#include "core/common/DomainName.h"

#include <algorithm>
#include <cctype>

namespace dmarcplan::dkim {

const std::vector<std::string>& defaultSignedHeaders() {
    static const std::vector<std::string> names = {
        "From",       "Reply-To",        "Subject",    "Date",         "To",           "Cc",
        "Message-ID", "In-Reply-To",     "References", "MIME-Version", "Content-Type", "Content-Transfer-Encoding",
        "List-Id",    "List-Unsubscribe"};
    return names;
}

namespace {

// Appends "tag=value;" to the field, starting a continuation line when the line would pass 78 columns.
void appendTag(std::string& field, std::size_t& lineLength, const std::string& tag) {
    if (lineLength + 1 + tag.size() > 78) {
        field += "\r\n";
        lineLength = 0;
    }
    field += ' ';
    field += tag;
    lineLength += 1 + tag.size();
}

std::string foldBase64(const std::string& value, std::size_t firstLine) {
    std::string out;
    std::size_t pos = 0;
    std::size_t width = firstLine;
    while (pos < value.size()) {
        if (pos > 0)
            out += "\r\n ";
        out += value.substr(pos, width);
        pos += width;
        width = 76;
    }
    return out;
}

} // namespace

bool isValidSelector(std::string_view selector) {
    if (selector.empty() || selector.size() > 253)
        return false;
    std::size_t labelStart = 0;
    for (std::size_t i = 0; i <= selector.size(); ++i) {
        if (i == selector.size() || selector[i] == '.') {
            const auto length = i - labelStart;
            if (length == 0 || length > 63 || selector[labelStart] == '-' || selector[i - 1] == '-')
                return false;
            labelStart = i + 1;
        } else if (!std::isalnum(static_cast<unsigned char>(selector[i])) && selector[i] != '-') {
            return false;
        }
    }
    return true;
}

Result<std::string> signMessage(const mail::MailMessage& message, const KeyPair& key, const SignOptions& options) {
    const std::string source = "sign";
    if (!key.valid())
        return InputError{source, 0, 0, "no usable private key"};
    if (options.domain.empty() || !isValidDomainName(options.domain))
        return InputError{source, 0, 0, "the signing domain (d=) is missing or not a domain name"};
    // RFC 8301 §3.2: verifiers MUST NOT accept signatures made with smaller keys, so such a
    // signature could only ever fail.
    if (key.algorithm() == KeyAlgorithm::Rsa && key.bits() < kMinimumRsaSigningBits)
        return InputError{source, 0, 0,
                          "the RSA key has " + std::to_string(key.bits()) +
                              " bits; signing needs at least 1024 (RFC 8301 §3.2: verifiers reject smaller keys)"};
    if (!isValidSelector(options.selector))
        return InputError{source, 0, 0,
                          "the selector (s=) \"" + options.selector +
                              "\" is not valid: labels of letters, digits and inner hyphens separated by dots, "
                              "without a final dot (RFC 6376 §3.1)"};
    if (message.count("From") == 0)
        return InputError{source, 0, 0, "the message has no From field (RFC 6376 §5.4 requires signing it)"};
    if (!options.identity.empty()) {
        auto at = options.identity.rfind('@');
        if (at == std::string::npos || !isSubdomainOf(options.identity.substr(at + 1), options.domain))
            return InputError{source, 0, 0, "i= must be an address at d= or one of its subdomains"};
    }

    // Which names go into h=, and how often.
    std::vector<std::string> names;
    auto requested = options.headers.empty() ? defaultSignedHeaders() : options.headers;
    std::vector<std::string> seen;
    for (const auto& name : requested) {
        auto lower = toLower(name);
        if (std::find(seen.begin(), seen.end(), lower) != seen.end())
            continue;
        seen.push_back(lower);
        auto present = message.count(name);
        if (options.headers.empty() && present == 0)
            continue;
        // An explicitly requested absent field is signed as absent (the null string, §5.4).
        auto times = options.overSign ? present + 1 : std::max<std::size_t>(present, 1);
        names.insert(names.end(), times, lower);
    }
    if (std::find(names.begin(), names.end(), "from") == names.end())
        return InputError{source, 0, 0, "the header list must include From (RFC 6376 §5.4)"};

    auto body = canonicalizeBody(message.body(), options.canonicalization.body);
    if (options.bodyLength && *options.bodyLength < body.size())
        body.resize(*options.bodyLength);
    bool ed25519 = key.algorithm() == KeyAlgorithm::Ed25519;
    auto hash = ed25519 ? HashAlgorithm::Sha256 : options.rsaHash;
    auto bodyHash = base64Encode(digest(hash, body));

    std::string algorithm = ed25519 ? "ed25519-sha256" : hash == HashAlgorithm::Sha1 ? "rsa-sha1" : "rsa-sha256";
    std::string field = "DKIM-Signature:";
    std::size_t lineLength = field.size();
    appendTag(field, lineLength, "v=1;");
    appendTag(field, lineLength, "a=" + algorithm + ";");
    appendTag(field, lineLength, "c=" + toTag(options.canonicalization) + ";");
    appendTag(field, lineLength, "d=" + normalizeDomain(options.domain) + ";");
    appendTag(field, lineLength, "s=" + options.selector + ";");
    if (!options.identity.empty())
        appendTag(field, lineLength, "i=" + options.identity + ";");
    if (options.timestamp || options.expiresIn) {
        auto now = Clock::unixNow();
        appendTag(field, lineLength, "t=" + std::to_string(now) + ";");
        if (options.expiresIn)
            appendTag(field, lineLength, "x=" + std::to_string(now + *options.expiresIn) + ";");
    }
    if (options.bodyLength)
        appendTag(field, lineLength, "l=" + std::to_string(body.size()) + ";");
    std::string h = "h=";
    for (std::size_t i = 0; i < names.size(); ++i)
        h += (i ? ":" : "") + names[i];
    appendTag(field, lineLength, h + ";");
    appendTag(field, lineLength, "bh=" + bodyHash + ";");
    field += "\r\n b=";

    // §3.7: the signed data is the selected header fields, then this field with an empty b= and
    // without its final CRLF.
    auto data = signedHeaderData(message, names, options.canonicalization.header);
    auto self = canonicalizeHeader(field, options.canonicalization.header);
    data.append(self, 0, self.size() - 2);
    auto signature = signData(key.native(), hash, data);
    if (!signature)
        return InputError{source, 0, 0, "signing failed: " + lastOpenSslError()};
    field += foldBase64(base64Encode(*signature), 75);
    return field;
}

Result<bool> addSignature(mail::MailMessage& message, const KeyPair& key, const SignOptions& options) {
    auto field = signMessage(message, key, options);
    if (!field)
        return field.error();
    message.prependRawHeader(std::move(*field));
    return true;
}

} // namespace dmarcplan::dkim
