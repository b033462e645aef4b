#pragma once
// Plan: the structured editor of the document the other views are computed from: the domain, the
// sending sources (own servers, addresses, includes, providers from the catalogue), the DKIM keys,
// and the DMARC policy and rollout stage. Every edit is validated at once with core's plan reader;
// a valid plan goes to the document (and on to Records, Lint and Scenarios), an invalid one stays
// in the editor with the reason shown.

#include "core/plan/Catalogue.h"
#include "core/plan/Plan.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace dmarcplan::ui {

class DkimKeysModel;
class PlanDocument;
class SourcesModel;

class PlanView : public QWidget {
    Q_OBJECT
public:
    PlanView(PlanDocument* document, const plan::Catalogue* catalogue, QWidget* parent = nullptr);

    // The plan the editor's fields describe now (valid or not).
    plan::Plan editedPlan() const;
    // Empty when the edited plan is valid, else core's reason naming the JSON path.
    QString validationError() const { return m_error; }
    SourcesModel* sourcesModel() const { return m_sources; }
    DkimKeysModel* dkimModel() const { return m_dkim; }

public slots:
    // Moves the focus to the field a record or finding comes from: "domain", "sources[2] (...)",
    // "dkim[0]", "dmarc", "dmarc.rua"... (the generator's `source` texts).
    void focusField(const QString& field);

private:
    void showDocument();
    void applyEdits();
    void addSource(plan::SourceKind kind);
    void addProvider();
    void addKey(plan::DkimAlgorithm algorithm);

    PlanDocument* m_document;
    const plan::Catalogue* m_catalogue;
    bool m_filling = false;
    QString m_error;
    QLabel* m_file = nullptr;
    QLineEdit* m_domain = nullptr;
    QComboBox* m_spfAll = nullptr;
    SourcesModel* m_sources = nullptr;
    QTableView* m_sourcesTable = nullptr;
    QComboBox* m_provider = nullptr;
    DkimKeysModel* m_dkim = nullptr;
    QTableView* m_dkimTable = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_aspf = nullptr;
    QComboBox* m_adkim = nullptr;
    QComboBox* m_sp = nullptr;
    QComboBox* m_np = nullptr;
    QCheckBox* m_testing = nullptr;
    QLineEdit* m_rua = nullptr;
    QLabel* m_validation = nullptr;
};

} // namespace dmarcplan::ui
