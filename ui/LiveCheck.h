#pragma once
// What the Live check view asks DNS about a domain, and how each answer becomes a CheckNode. Runs on
// a worker thread: nothing here touches widgets.

#include "core/dns/Resolver.h"
#include "ui/models/CheckTreeModel.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace dmarcplan::ui {

// RFC 7208 §4.6.4: at most 10 terms that cause DNS lookups.
inline constexpr int kSpfLookupLimit = 10;

struct CheckQuestion {
    enum class Kind { Spf, Dmarc, Mx, Dkim };
    Kind kind = Kind::Spf;
    QString domain;
    QString selector; // Dkim only
};

struct CheckUpdate {
    int row = 0; // which top-level node this answer replaces
    CheckNode node;
};

std::vector<CheckQuestion> checkQuestions(const QString& domain, const QStringList& selectors);
// The node shown while the question is waiting for its answer.
CheckNode pendingNode(const CheckQuestion& question);
// Asks DNS through core's linters (SPF lookup tree, DMARC, DKIM key) and builds the answered node with
// the findings as children.
CheckNode answerQuestion(dns::Resolver& resolver, const CheckQuestion& question);

} // namespace dmarcplan::ui
