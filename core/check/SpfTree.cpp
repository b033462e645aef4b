#include "core/check/SpfTree.h"

#include "core/common/DomainName.h"
#include "core/spf/Parser.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace dmarcplan::check {

namespace {

void addQuestion(std::vector<dns::Question>& questions, std::string name, dns::RecordType type) {
    dns::Question question{normalizeDomain(name), type};
    if (std::find(questions.begin(), questions.end(), question) == questions.end())
        questions.push_back(std::move(question));
}

bool isAncestor(const std::vector<std::string>& path, const std::string& domain) {
    return std::find(path.begin(), path.end(), domain) != path.end();
}

struct Pending {
    SpfNode* node;
    std::vector<std::string> path; // domains from the root to the node's parent
};

// Reads the node's answer (already cached), parses its record, creates its children and adds the
// questions the next level needs.
void expand(Pending& pending, dns::Resolver& resolver, std::vector<Pending>& next, std::vector<dns::Question>& ask) {
    auto& node = *pending.node;
    auto answer = resolver.query(node.domain, dns::RecordType::TXT);
    node.status = answer.status;
    for (const auto& value : answer.values())
        if (spf::isSpfRecord(value))
            node.records.push_back(value);
    if (node.records.size() != 1)
        return; // none, or several (permerror): nothing to expand
    auto parsed = spf::parseRecord(node.records.front());
    if (!parsed.ok()) {
        node.syntaxError = true;
        return;
    }
    auto path = pending.path;
    path.push_back(node.domain);
    auto addChild = [&](const std::string& target, const char* via) {
        SpfNode child;
        child.via = via;
        if (spf::hasMacros(target)) {
            child.domain = target;
            child.macro = true;
        } else {
            child.domain = normalizeDomain(target);
            child.loop = isAncestor(path, child.domain);
        }
        node.children.push_back(std::move(child));
    };
    for (const auto& term : parsed.record->terms) {
        if (const auto* mechanism = term.mechanism()) {
            if (mechanism->causesDnsLookup())
                ++node.lookupTerms;
            const std::string& target = mechanism->domainSpec.empty() ? node.domain : mechanism->domainSpec;
            if (spf::hasMacros(target) && mechanism->kind != spf::MechanismKind::Include)
                continue;
            switch (mechanism->kind) {
            case spf::MechanismKind::Include:
                addChild(target, "include");
                break;
            case spf::MechanismKind::A:
                addQuestion(ask, target, dns::RecordType::A);
                addQuestion(ask, target, dns::RecordType::AAAA);
                break;
            case spf::MechanismKind::Mx:
                addQuestion(ask, target, dns::RecordType::MX);
                break;
            case spf::MechanismKind::Exists:
                addQuestion(ask, target, dns::RecordType::A);
                break;
            case spf::MechanismKind::All:
            case spf::MechanismKind::Ip4:
            case spf::MechanismKind::Ip6:
            case spf::MechanismKind::Ptr: // depends on the connecting address
                break;
            }
        }
    }
    // RFC 7208 §6.1: redirect is used only when no "all" is present; it counts as a lookup either way.
    if (const auto* redirect = parsed.record->redirect()) {
        ++node.lookupTerms;
        if (!parsed.record->hasAll())
            addChild(redirect->value, "redirect");
    }
    for (auto& child : node.children)
        if (!child.loop && !child.macro) {
            addQuestion(ask, child.domain, dns::RecordType::TXT);
            next.push_back(Pending{&child, path});
        }
}

int sumLookups(const SpfNode& node) {
    int total = node.lookupTerms;
    for (const auto& child : node.children)
        total += sumLookups(child);
    return total;
}

int depthOf(const SpfNode& node) {
    int deepest = 0;
    for (const auto& child : node.children)
        if (!child.loop && !child.macro && child.status == dns::Status::Records)
            deepest = std::max(deepest, 1 + depthOf(child));
    return deepest;
}

} // namespace

SpfTree walkSpfTree(std::string_view domain, dns::ParallelResolver& pool) {
    SpfTree tree;
    tree.root.domain = normalizeDomain(domain);
    std::vector<Pending> level{{&tree.root, {}}};
    std::vector<dns::Question> ask{{tree.root.domain, dns::RecordType::TXT}};
    // RFC 7208 §4.6.4 stops evaluation after 10 lookups; a tree deeper than that is a loop or an
    // error in any case, so the walk stops there too.
    for (int depth = 0; !level.empty() && depth <= 10; ++depth) {
        pool.prefetch(ask);
        ++tree.rounds;
        ask.clear();
        std::vector<Pending> next;
        for (auto& pending : level)
            expand(pending, pool.resolver(), next, ask);
        level = std::move(next);
    }
    // The a/mx/exists names of the deepest level (children are already walked above).
    if (!ask.empty()) {
        pool.prefetch(ask);
        ++tree.rounds;
    }
    tree.totalLookupTerms = sumLookups(tree.root);
    tree.depth = depthOf(tree.root);
    return tree;
}

nlohmann::json toJson(const SpfNode& node) {
    nlohmann::json j = {{"domain", node.domain},
                        {"status", dns::toString(node.status)},
                        {"records", node.records},
                        {"lookup_terms", node.lookupTerms},
                        {"children", nlohmann::json::array()}};
    if (!node.via.empty())
        j["via"] = node.via;
    if (node.syntaxError)
        j["syntax_error"] = true;
    if (node.loop)
        j["loop"] = true;
    if (node.macro)
        j["macro"] = true;
    for (const auto& child : node.children)
        j["children"].push_back(toJson(child));
    return j;
}

nlohmann::json toJson(const SpfTree& tree) {
    return {{"root", toJson(tree.root)}, {"total_lookup_terms", tree.totalLookupTerms}, {"depth", tree.depth}};
}

} // namespace dmarcplan::check
