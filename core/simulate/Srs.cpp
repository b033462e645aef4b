#include "core/simulate/Srs.h"

#include "core/common/DomainName.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace dmarcplan::simulate {

namespace {

std::string base64(const unsigned char* data, std::size_t size) {
    std::string out(4 * ((size + 2) / 3) + 1, '\0');
    int length = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data, static_cast<int>(size));
    out.resize(static_cast<std::size_t>(length));
    return out;
}

} // namespace

std::string srsForward(std::string_view address, std::string_view forwarderDomain, std::string_view secret,
                       std::int64_t unixTime) {
    auto at = address.rfind('@');
    std::string local(address.substr(0, at == std::string_view::npos ? address.size() : at));
    std::string domain = at == std::string_view::npos ? std::string() : std::string(address.substr(at + 1));
    static constexpr char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    auto day = static_cast<unsigned>((unixTime / 86400) % 1024);
    std::string timestamp{kBase32[(day >> 5) & 31], kBase32[day & 31]};
    std::string data = timestamp + toLower(domain) + toLower(local);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    HMAC(EVP_sha1(), secret.data(), static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char*>(data.data()), data.size(), mac, &macLength);
    std::string hash = base64(mac, macLength).substr(0, 4);
    return "SRS0=" + hash + "=" + timestamp + "=" + domain + "=" + local + "@" + std::string(forwarderDomain);
}

} // namespace dmarcplan::simulate
