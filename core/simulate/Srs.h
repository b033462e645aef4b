#pragma once
// The Sender Rewriting Scheme a forwarder uses so that SPF checks its own domain: the envelope
// sender local@domain becomes SRS0=HHHH=TT=domain=local@forwarder (the form of libsrs2 and
// postsrsd: HHHH the first four base64 characters of HMAC-SHA1 over TT, domain and local part, TT the
// day number modulo 1024 in base32).

#include <cstdint>
#include <string>
#include <string_view>

namespace dmarcplan::simulate {

// `address` is local@domain (the simulator forwards once, so SRS1 chains are not produced).
std::string srsForward(std::string_view address, std::string_view forwarderDomain, std::string_view secret,
                       std::int64_t unixTime);

} // namespace dmarcplan::simulate
