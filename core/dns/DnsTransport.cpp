#include "core/dns/DnsTransport.h"

#include "core/dns/LiveResolver.h"

#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace dmarcplan::dns {

namespace {

constexpr std::size_t kMaxMessage = 65535; // the most a UDP datagram or a TCP length prefix can carry

class Socket {
public:
    explicit Socket(int fd) : m_fd(fd) {}
    ~Socket() {
        if (m_fd >= 0)
            close(m_fd);
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    int fd() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }

private:
    int m_fd;
};

struct Endpoint {
    sockaddr_storage address{};
    socklen_t length = 0;
};

bool resolveEndpoint(const NameServer& server, Endpoint& endpoint) {
    addrinfo hints{};
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV; // an address, never a name lookup of its own
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    addrinfo* found = nullptr;
    const std::string port = std::to_string(server.port);
    if (getaddrinfo(server.host.c_str(), port.c_str(), &hints, &found) != 0 || !found)
        return false;
    std::memcpy(&endpoint.address, found->ai_addr, found->ai_addrlen);
    endpoint.length = found->ai_addrlen;
    freeaddrinfo(found);
    return true;
}

// RFC 5452 §9.1: a reply counts only when it comes from the address and port the query went to.
bool sameEndpoint(const sockaddr_storage& from, const Endpoint& server) {
    if (from.ss_family != server.address.ss_family)
        return false;
    if (from.ss_family == AF_INET) {
        const auto& a = reinterpret_cast<const sockaddr_in&>(from);
        const auto& b = reinterpret_cast<const sockaddr_in&>(server.address);
        return a.sin_port == b.sin_port && a.sin_addr.s_addr == b.sin_addr.s_addr;
    }
    if (from.ss_family == AF_INET6) {
        const auto& a = reinterpret_cast<const sockaddr_in6&>(from);
        const auto& b = reinterpret_cast<const sockaddr_in6&>(server.address);
        return a.sin6_port == b.sin6_port && std::memcmp(&a.sin6_addr, &b.sin6_addr, sizeof a.sin6_addr) == 0;
    }
    return false;
}

enum class Wait { Ready, TimedOut, Failed };

// poll() for `events` with the time left; EINTR and the rounding of the last millisecond loop back.
Wait waitFor(int fd, short events, const Deadline& deadline) {
    for (;;) {
        const auto left = deadline.remaining();
        if (left.count() <= 0)
            return Wait::TimedOut;
        pollfd entry{fd, events, 0};
        int ready = poll(&entry, 1, static_cast<int>(std::min<long long>(left.count(), 1 << 30)));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            return Wait::Failed;
        if (ready > 0)
            return Wait::Ready;
    }
}

std::string systemError(const std::string& what, int error) {
    return what + ": " + std::strerror(error);
}

// Reads exactly `size` bytes of a TCP stream before the deadline.
bool readExactly(int fd, std::uint8_t* into, std::size_t size, const Deadline& deadline, ExchangeResult& result) {
    std::size_t got = 0;
    while (got < size) {
        switch (waitFor(fd, POLLIN, deadline)) {
        case Wait::TimedOut:
            result.timedOut = true;
            result.error = got == 0 && size == 2 ? "no TCP answer" : "the TCP answer was still incomplete";
            return false;
        case Wait::Failed:
            result.error = systemError("TCP read", errno);
            return false;
        case Wait::Ready:
            break;
        }
        ssize_t n = recv(fd, into + got, size - got, 0);
        if (n == 0) {
            result.error = "the server closed the TCP connection before the answer was complete";
            return false;
        }
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                continue;
            result.error = systemError("TCP read", errno);
            return false;
        }
        got += static_cast<std::size_t>(n);
    }
    return true;
}

void exchangeTcp(const Endpoint& server, std::span<const std::uint8_t> query, const Deadline& deadline,
                 const ReplyHandler& handle, ExchangeResult& result) {
    result.overTcp = true;
    Socket socket(::socket(server.address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (!socket.valid()) {
        result.error = systemError("TCP socket", errno);
        return;
    }
    if (connect(socket.fd(), reinterpret_cast<const sockaddr*>(&server.address), server.length) != 0 &&
        errno != EINPROGRESS) {
        result.error = systemError("TCP connect", errno);
        return;
    }
    // RFC 1035 §4.2.2: over TCP the message goes behind its length as two octets.
    std::vector<std::uint8_t> message(2 + query.size());
    message[0] = static_cast<std::uint8_t>(query.size() >> 8);
    message[1] = static_cast<std::uint8_t>(query.size() & 0xff);
    std::copy(query.begin(), query.end(), message.begin() + 2);
    std::size_t sent = 0;
    while (sent < message.size()) {
        // The first wait is also the end of the non-blocking connect.
        switch (waitFor(socket.fd(), POLLOUT, deadline)) {
        case Wait::TimedOut:
            result.timedOut = true;
            result.error = sent == 0 ? "no TCP connection" : "the TCP query could not be sent";
            return;
        case Wait::Failed:
            result.error = systemError("TCP", errno);
            return;
        case Wait::Ready:
            break;
        }
        int pending = 0;
        socklen_t length = sizeof pending;
        if (sent == 0 && getsockopt(socket.fd(), SOL_SOCKET, SO_ERROR, &pending, &length) == 0 && pending != 0) {
            result.error = systemError("TCP connect", pending);
            return;
        }
        ssize_t n = send(socket.fd(), message.data() + sent, message.size() - sent, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                continue;
            result.error = systemError("TCP write", errno);
            return;
        }
        sent += static_cast<std::size_t>(n);
    }
    // A reply that is not the answer is dropped and the next message on the connection read (RFC 7766 §7).
    std::vector<std::uint8_t> reply;
    for (;;) {
        std::uint8_t prefix[2];
        if (!readExactly(socket.fd(), prefix, sizeof prefix, deadline, result))
            return;
        reply.resize(static_cast<std::size_t>(prefix[0] << 8 | prefix[1]));
        if (!readExactly(socket.fd(), reply.data(), reply.size(), deadline, result))
            return;
        if (handle(reply, true) != Take::Drop) {
            result.answered = true;
            return;
        }
        ++result.dropped;
    }
}

} // namespace

std::chrono::milliseconds Deadline::remaining() const {
    auto left = m_at - Clock::now();
    if (left <= Clock::duration::zero())
        return std::chrono::milliseconds(0);
    // Rounded up: a wait of 0 ms with time still left would spin.
    return std::chrono::ceil<std::chrono::milliseconds>(left);
}

ExchangeResult exchange(const NameServer& nameServer, std::span<const std::uint8_t> query, const Deadline& udpDeadline,
                        const Deadline& deadline, const ReplyHandler& handle) {
    ExchangeResult result;
    Endpoint server;
    if (!resolveEndpoint(nameServer, server)) {
        result.error = "\"" + nameServer.host + "\" is not an address";
        return result;
    }
    // A fresh socket per query: the kernel binds it to a random ephemeral port. connect() makes the
    // kernel report ICMP errors (nothing listening) at once instead of letting the wait run out.
    Socket socket(::socket(server.address.ss_family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (!socket.valid()) {
        result.error = systemError("UDP socket", errno);
        return result;
    }
    if (connect(socket.fd(), reinterpret_cast<const sockaddr*>(&server.address), server.length) != 0) {
        result.error = systemError("UDP connect", errno);
        return result;
    }
    if (send(socket.fd(), query.data(), query.size(), 0) != static_cast<ssize_t>(query.size())) {
        result.error = systemError("UDP send", errno);
        return result;
    }
    std::vector<std::uint8_t> buffer(kMaxMessage);
    for (;;) {
        switch (waitFor(socket.fd(), POLLIN, udpDeadline)) {
        case Wait::TimedOut:
            result.timedOut = true;
            result.error = "no UDP answer";
            return result;
        case Wait::Failed:
            result.error = systemError("UDP", errno);
            return result;
        case Wait::Ready:
            break;
        }
        sockaddr_storage from{};
        socklen_t fromLength = sizeof from;
        ssize_t n =
            recvfrom(socket.fd(), buffer.data(), buffer.size(), 0, reinterpret_cast<sockaddr*>(&from), &fromLength);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                continue;
            result.error =
                errno == ECONNREFUSED ? "connection refused (nothing listens there)" : systemError("UDP read", errno);
            return result;
        }
        if (!sameEndpoint(from, server)) {
            ++result.dropped;
            continue;
        }
        switch (handle(std::span<const std::uint8_t>(buffer.data(), static_cast<std::size_t>(n)), false)) {
        case Take::Drop:
            ++result.dropped;
            continue;
        case Take::Keep:
            result.answered = true;
            return result;
        case Take::RetryOverTcp:
            exchangeTcp(server, query, deadline, handle, result);
            return result;
        }
    }
}

} // namespace dmarcplan::dns
