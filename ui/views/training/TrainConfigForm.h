#pragma once
/// @file TrainConfigForm.h
/// @brief The form for a new training run: a preset, then the fields a person tunes.

#include <QWidget>

#include "train/TrainConfig.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

/// @brief Edits a taxa::TrainConfig. Choosing a preset fills every field; fields the form does
/// not show (momentum, covariance size...) keep the preset's values.
class TrainConfigForm : public QWidget {
    Q_OBJECT

  public:
    explicit TrainConfigForm(QWidget* parent = nullptr);

    /// @brief Fills the form from preset @p name ("quick-cpu", "winner-2018").
    void applyPreset(const QString& name);
    void setConfig(const taxa::TrainConfig& config);
    /// @brief The config as edited (not validated).
    taxa::TrainConfig config() const;
    /// @brief The preset the form started from.
    QString presetName() const;
    QString runFolder() const;
    void setRunFolder(const QString& folder);

    /// @brief Processes to train on: 1 trains in the app; more go through `taxa-cli train
    /// --nproc-per-node N` (one per GPU when there are GPUs, else CPU processes).
    int processes() const;
    void setProcesses(int n);
    /// @brief What the engine found: with @p n > 0 the field counts GPUs, up to @p n.
    void setCudaDevices(int n);

    QComboBox* presetBox() const { return preset_; }
    QSpinBox* processesBox() const { return processes_; }
    QLabel* processesLabel() const { return processesLabel_; }

  private:
    void configureFields();
    void configureStages();
    void layOut();
    QString presetLabel(const std::string& name) const;
    void chooseFolder();

    taxa::TrainConfig base_;
    QComboBox* preset_;
    QComboBox* arch_;
    QComboBox* head_;
    QSpinBox* crop_;
    QSpinBox* resize_;
    QSpinBox* batch_;
    QTableWidget* stages_;
    QComboBox* sampler_;
    QDoubleSpinBox* smoothing_;
    QComboBox* smoothingKind_;
    QComboBox* device_;
    QSpinBox* threads_;
    QSpinBox* seed_;
    QSpinBox* maxSteps_;
    QLabel* processesLabel_;
    QSpinBox* processes_;
    QLineEdit* folder_;
};
