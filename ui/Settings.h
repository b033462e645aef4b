#pragma once
// The app's preferences (DNS and language), persisted with QSettings.

#include "core/dns/ResolverFactory.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace dmarcplan::ui {

enum class DnsMode {
    System,   // the servers in /etc/resolv.conf
    Explicit, // the servers listed in nameservers
    Offline,  // zone files only; names outside them do not exist
};

struct AppSettings {
    DnsMode dnsMode = DnsMode::System;
    QStringList nameservers; // HOST[:PORT], IPv6 as [::1]:5353
    QStringList zoneFiles;   // answered first in every mode (authoritative for their zones)
    int timeoutMs = 5000;
    QString language; // "en", "ja"; empty: follow the system locale
    QStringList recentFiles;

    static AppSettings load(QSettings& store);
    void save(QSettings& store) const;

    // The DNS options core's workspace::Workspace takes, the same the command line builds from its flags.
    dns::ResolverOptions resolverOptions() const;

    bool operator==(const AppSettings&) const = default;
};

// Checks one HOST[:PORT] entry; returns an empty string when it is fine, else what is wrong.
QString validateNameserver(const QString& entry);

inline constexpr int kMaxRecentFiles = 8;
// Puts `path` first in the list, without duplicates, at most kMaxRecentFiles.
QStringList withRecentFile(QStringList recent, const QString& path);

} // namespace dmarcplan::ui
