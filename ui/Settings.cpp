#include "ui/Settings.h"

#include <QCoreApplication>
#include <QSettings>

namespace dmarcplan::ui {

namespace {
QString modeKey(DnsMode mode) {
    switch (mode) {
    case DnsMode::System:
        return QStringLiteral("system");
    case DnsMode::Explicit:
        return QStringLiteral("explicit");
    case DnsMode::Offline:
        return QStringLiteral("offline");
    }
    return QStringLiteral("system");
}

DnsMode modeFromKey(const QString& key) {
    if (key == QLatin1String("explicit"))
        return DnsMode::Explicit;
    if (key == QLatin1String("offline"))
        return DnsMode::Offline;
    return DnsMode::System;
}
} // namespace

AppSettings AppSettings::load(QSettings& store) {
    AppSettings settings;
    settings.dnsMode = modeFromKey(store.value(QStringLiteral("dns/mode")).toString());
    settings.nameservers = store.value(QStringLiteral("dns/nameservers")).toStringList();
    settings.zoneFiles = store.value(QStringLiteral("dns/zoneFiles")).toStringList();
    settings.timeoutMs = qBound(100, store.value(QStringLiteral("dns/timeoutMs"), 5000).toInt(), 60000);
    settings.language = store.value(QStringLiteral("ui/language")).toString();
    settings.recentFiles = store.value(QStringLiteral("ui/recentFiles")).toStringList().mid(0, kMaxRecentFiles);
    return settings;
}

void AppSettings::save(QSettings& store) const {
    store.setValue(QStringLiteral("dns/mode"), modeKey(dnsMode));
    store.setValue(QStringLiteral("dns/nameservers"), nameservers);
    store.setValue(QStringLiteral("dns/zoneFiles"), zoneFiles);
    store.setValue(QStringLiteral("dns/timeoutMs"), timeoutMs);
    store.setValue(QStringLiteral("ui/language"), language);
    store.setValue(QStringLiteral("ui/recentFiles"), recentFiles);
    store.sync();
}

dns::ResolverOptions AppSettings::resolverOptions() const {
    dns::ResolverOptions options;
    for (const auto& file : zoneFiles)
        options.zoneFiles.push_back(file.toStdString());
    if (dnsMode == DnsMode::Explicit) {
        for (const auto& server : nameservers)
            options.nameservers.push_back(server.trimmed().toStdString());
    }
    options.offline = dnsMode == DnsMode::Offline;
    options.timeoutMs = timeoutMs;
    return options;
}

QString validateNameserver(const QString& entry) {
    // core parses it exactly as the command line's --nameserver does; only the wording is ours.
    if (dns::parseNameServer(entry.trimmed().toStdString()))
        return {};
    return QCoreApplication::translate("Settings", "\"%1\" is not an IP address with an optional port "
                                                   "(192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53)")
        .arg(entry.trimmed());
}

QStringList withRecentFile(QStringList recent, const QString& path) {
    recent.removeAll(path);
    recent.prepend(path);
    return recent.mid(0, kMaxRecentFiles);
}

} // namespace dmarcplan::ui
