#include "core/check/SpfTree.h"

#include "core/common/DomainName.h"
#include "core/spf/Parser.h"
#include "core/spf/WalkLimits.h"

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

namespace dmarcplan::check {

namespace {

using Key = std::pair<std::string, dns::RecordType>;

// One term of a record that queries DNS (RFC 7208 §4.6.4), with the record it leads to.
struct Rec;
struct LookupTerm {
    spf::MechanismKind kind = spf::MechanismKind::Include;
    bool redirect = false;
    bool macro = false;
    std::string target; // normalised; empty: a/mx without a target in a record with no domain
    std::unique_ptr<Rec> child;
};

struct Rec {
    std::string domain;
    int depth = 0;
    bool loaded = false; // its TXT answer has been read
    dns::Status status = dns::Status::NxDomain;
    std::vector<std::string> records;
    bool syntaxError = false;
    bool parsed = false;
    bool hasAll = false;
    int lookupTerms = 0;
    std::vector<LookupTerm> terms;
};

void parseInto(Rec& rec, std::string_view text) {
    auto parsed = spf::parseRecord(text);
    if (!parsed.ok()) {
        rec.syntaxError = true;
        return;
    }
    rec.parsed = true;
    rec.hasAll = parsed.record->hasAll();
    // In record order, redirect included where it is written: the linter numbers terms that way.
    for (const auto& term : parsed.record->terms) {
        LookupTerm lookup;
        std::string spec;
        if (const auto* mechanism = term.mechanism()) {
            if (!mechanism->causesDnsLookup())
                continue;
            lookup.kind = mechanism->kind;
            spec = mechanism->domainSpec;
        } else if (const auto* modifier = term.modifier(); modifier->kind == spf::ModifierKind::Redirect) {
            lookup.redirect = true;
            spec = modifier->value;
        } else {
            continue;
        }
        ++rec.lookupTerms;
        lookup.macro = spf::hasMacros(spec);
        lookup.target = lookup.macro ? spec : spec.empty() ? rec.domain : normalizeDomain(spec);
        rec.terms.push_back(std::move(lookup));
    }
}

// Reads a TXT answer that is in the cache: what the linter will read too.
void load(Rec& rec, dns::Resolver& resolver) {
    rec.loaded = true;
    auto answer = resolver.query(rec.domain, dns::RecordType::TXT);
    rec.status = answer.status;
    for (const auto& value : answer.values())
        if (spf::isSpfRecord(value))
            rec.records.push_back(value);
    if (rec.records.size() == 1 && answer.status == dns::Status::Records)
        parseInto(rec, rec.records.front());
}

// Everything one pass over the known tree learns: the questions still to ask, and whether a cap cut it.
class Walk {
public:
    Walk(dns::ParallelResolver& pool, SpfTree& tree) : m_pool(pool), m_tree(tree) {}

    // The checked domain's own record: asked alone, since everything else depends on it.
    void seed(Rec& root) {
        m_pool.prefetch({{root.domain, dns::RecordType::TXT}});
        ++m_tree.rounds;
        m_asked.emplace(root.domain, dns::RecordType::TXT);
        load(root, m_pool.resolver());
    }

    void run(Rec& root) {
        // Each pass numbers the terms in evaluation order over what is known so far and asks, at once,
        // every question of a term numbered within the cap. A term's number only grows as records
        // above it are filled in, so a term once past the cap stays past it; every pass reaches at
        // least one level deeper, so the walk ends after about kWalkDepth + 2 passes.
        for (int pass = 0; pass < spf::limits::kWalkDepth + 4; ++pass) {
            m_ask.clear();
            m_rank = 0;
            std::vector<std::string> path;
            visit(root, path);
            if (m_ask.empty())
                break;
            m_pool.prefetch(m_ask);
            ++m_tree.rounds;
            for (const auto& question : m_ask)
                m_asked.emplace(question.name, question.type);
        }
        m_tree.questions = m_asked.size();
    }

private:
    bool asked(const std::string& name, dns::RecordType type) const { return m_asked.count({name, type}) > 0; }

    void ask(const std::string& name, dns::RecordType type) {
        if (asked(name, type))
            return;
        dns::Question question{name, type};
        if (std::find(m_ask.begin(), m_ask.end(), question) == m_ask.end())
            m_ask.push_back(std::move(question));
    }

    // Returns false when the term cap is reached: nothing after that point is followed.
    bool visit(Rec& rec, std::vector<std::string>& path) {
        if (!rec.domain.empty())
            path.push_back(rec.domain);
        bool more = true;
        for (auto& term : rec.terms) {
            if (++m_rank > spf::limits::kWalkTerms) {
                m_tree.termCapReached = true;
                more = false;
                break;
            }
            if (term.macro || term.target.empty())
                continue;
            if (term.redirect || term.kind == spf::MechanismKind::Include) {
                if (std::find(path.begin(), path.end(), term.target) != path.end())
                    continue; // a loop: the linter reports it
                if (rec.depth + 1 > spf::limits::kWalkDepth) {
                    m_tree.depthCapReached = true;
                    continue;
                }
                if (!term.child) {
                    term.child = std::make_unique<Rec>();
                    term.child->domain = term.target;
                    term.child->depth = rec.depth + 1;
                }
                Rec& child = *term.child;
                if (!child.loaded) {
                    if (!asked(child.domain, dns::RecordType::TXT)) {
                        ask(child.domain, dns::RecordType::TXT);
                        continue;
                    }
                    load(child, m_pool.resolver());
                }
                if (child.parsed && !visit(child, path)) {
                    more = false;
                    break;
                }
                continue;
            }
            addressQuestions(term);
        }
        if (!rec.domain.empty())
            path.pop_back();
        return more;
    }

    void addressQuestions(const LookupTerm& term) {
        switch (term.kind) {
        case spf::MechanismKind::A:
            ask(term.target, dns::RecordType::A);
            ask(term.target, dns::RecordType::AAAA);
            return;
        case spf::MechanismKind::Exists:
            ask(term.target, dns::RecordType::A);
            return;
        case spf::MechanismKind::Mx: {
            if (!asked(term.target, dns::RecordType::MX)) {
                ask(term.target, dns::RecordType::MX);
                return;
            }
            // The hosts' addresses, all at once (RFC 7208 §4.6.4: at most 10 MX names; more is a
            // permerror and nothing is probed). Names as the answer gives them: the linter asks so.
            auto mx = m_pool.resolver().query(term.target, dns::RecordType::MX);
            if (mx.status == dns::Status::TempError || mx.records.size() > spf::limits::kMxNames)
                return;
            for (const auto& record : mx.records)
                if (!record.value.empty() && record.value != ".") {
                    ask(record.value, dns::RecordType::A);
                    ask(record.value, dns::RecordType::AAAA);
                }
            return;
        }
        case spf::MechanismKind::Ptr: // depends on the connecting address: nothing to ask in advance
        case spf::MechanismKind::All:
        case spf::MechanismKind::Include:
        case spf::MechanismKind::Ip4:
        case spf::MechanismKind::Ip6:
            return;
        }
    }

    dns::ParallelResolver& m_pool;
    SpfTree& m_tree;
    std::set<Key> m_asked;
    std::vector<dns::Question> m_ask;
    std::size_t m_rank = 0;
};

// The shown tree: include targets, and redirect targets where redirect applies (RFC 7208 §6.1: only
// without "all"), up to where the walk stopped. Terms are numbered as the walk numbered them (hidden
// redirect branches included), so the tree ends where the walk ended.
void build(const Rec& rec, SpfNode& node, std::vector<std::string>& path, std::size_t& rank) {
    node.status = rec.status;
    node.records = rec.records;
    node.syntaxError = rec.syntaxError;
    node.lookupTerms = rec.lookupTerms;
    if (!rec.domain.empty())
        path.push_back(rec.domain);
    for (const auto& term : rec.terms) {
        if (++rank > spf::limits::kWalkTerms)
            break;
        const bool include = !term.redirect && term.kind == spf::MechanismKind::Include;
        if (!include && !term.redirect)
            continue;
        SpfNode child;
        child.via = include ? "include" : "redirect";
        child.domain = term.target;
        child.macro = term.macro;
        child.loop = !term.macro && std::find(path.begin(), path.end(), term.target) != path.end();
        child.tooDeep = !term.macro && !child.loop && rec.depth + 1 > spf::limits::kWalkDepth;
        if (term.child && term.child->loaded)
            build(*term.child, child, path, rank);
        if (include || !rec.hasAll)
            node.children.push_back(std::move(child));
        if (rank > spf::limits::kWalkTerms)
            break;
    }
    if (!rec.domain.empty())
        path.pop_back();
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

SpfTree finish(const Rec& root, SpfTree tree) {
    std::vector<std::string> path;
    std::size_t rank = 0;
    tree.root.domain = root.domain;
    build(root, tree.root, path, rank);
    tree.totalLookupTerms = sumLookups(tree.root);
    tree.depth = depthOf(tree.root);
    return tree;
}

} // namespace

SpfTree walkSpfTree(std::string_view domain, dns::ParallelResolver& pool) {
    SpfTree tree;
    Rec root;
    root.domain = normalizeDomain(domain);
    Walk walk(pool, tree);
    walk.seed(root);
    walk.run(root);
    return finish(root, std::move(tree));
}

SpfTree walkSpfRecord(std::string_view record, std::string_view domain, dns::ParallelResolver& pool) {
    SpfTree tree;
    Rec root;
    root.domain = normalizeDomain(domain);
    root.loaded = true;
    root.status = dns::Status::Records;
    root.records = {std::string(record)};
    // The linter strips leading whitespace before it parses (and reports it).
    auto first = record.find_first_not_of(" \t");
    parseInto(root, first == std::string_view::npos ? std::string_view() : record.substr(first));
    Walk(pool, tree).run(root);
    return finish(root, std::move(tree));
}

namespace {

// What the linter asks about the domain itself: its TXT and SPF-type records (RFC 7208 §3.1), and
// MX/A/AAAA for the parked-domain check.
void prefetchDomain(const std::string& domain, dns::ParallelResolver& pool, bool withTxt) {
    if (domain.empty())
        return;
    std::vector<dns::Question> questions;
    if (withTxt) {
        questions.push_back({domain, dns::RecordType::TXT});
        questions.push_back({domain, dns::RecordType::SPF});
    }
    for (auto type : {dns::RecordType::MX, dns::RecordType::A, dns::RecordType::AAAA})
        questions.push_back({domain, type});
    pool.prefetch(questions);
}

} // namespace

spf::LintReport lintDomainInParallel(std::string_view domain, dns::ParallelResolver& pool) {
    const std::string name = normalizeDomain(domain);
    prefetchDomain(name, pool, true);
    walkSpfTree(name, pool);
    return spf::analyzeDomain(name, pool.resolver());
}

spf::LintReport lintRecordInParallel(const std::vector<std::string>& strings, std::string_view domain,
                                     dns::ParallelResolver& pool) {
    const std::string name = normalizeDomain(domain);
    prefetchDomain(name, pool, false);
    walkSpfRecord(dns::joinTxtStrings(strings), name, pool);
    return spf::analyzeRecordStrings(strings, name, pool.resolver());
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
    if (node.tooDeep)
        j["too_deep"] = true;
    for (const auto& child : node.children)
        j["children"].push_back(toJson(child));
    return j;
}

nlohmann::json toJson(const SpfTree& tree) {
    nlohmann::json j = {
        {"root", toJson(tree.root)}, {"total_lookup_terms", tree.totalLookupTerms}, {"depth", tree.depth}};
    if (tree.termCapReached || tree.depthCapReached)
        j["cut"] = tree.termCapReached ? "terms" : "depth";
    return j;
}

} // namespace dmarcplan::check
