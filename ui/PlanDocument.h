#pragma once
// The document the main window edits: a plan (core/plan's model, stored as *.dmarcplan.json). Knows
// its path and whether it has unsaved changes; loads with core's validation and saves atomically.

#include "core/common/Result.h"
#include "core/plan/Plan.h"

#include <QObject>
#include <QString>

namespace dmarcplan::ui {

class PlanDocument : public QObject {
    Q_OBJECT
public:
    explicit PlanDocument(QObject* parent = nullptr);

    // A new plan (untitled, unmodified): core's starter plan for example.com.
    void reset();
    // Reads and validates; on failure the document is unchanged and the error names the file and
    // the JSON path.
    Result<bool> load(const QString& path);
    // Reads a plan as a template: untitled, unmodified, so saving asks for a new name (the bundled
    // example is read-only when installed).
    Result<bool> loadTemplate(const QString& path);
    // Writes atomically to `path` (the current path when empty); on success the document is
    // unmodified and takes that path.
    Result<bool> save(const QString& path = {});

    const QString& path() const { return m_path; }
    bool isModified() const { return m_modified; }
    QString displayName() const; // file name, or "Untitled"

    const plan::Plan& plan() const { return m_plan; }
    void setPlan(plan::Plan plan); // marks the document modified when it differs

signals:
    void changed(); // plan replaced (load, reset, edit)
    void modifiedChanged(bool modified);
    void pathChanged(const QString& path);

private:
    void setModified(bool modified);
    void setPath(const QString& path);

    QString m_path;
    bool m_modified = false;
    plan::Plan m_plan;
};

// Validates a plan built in memory the way a loaded file is validated (core's JSON reader): the
// error names the JSON path ("$.sources[1].addresses[0]: ..."); empty when the plan is valid.
QString validatePlan(const plan::Plan& plan);

} // namespace dmarcplan::ui
