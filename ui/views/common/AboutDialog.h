#pragma once
/// @file AboutDialog.h
/// @brief Help > About: what the program is, which Qt and image libraries it runs on, and which
/// LibTorch the ML engine has and whether a CUDA device is usable (the engine is loaded in the
/// background for that if no training or prediction has loaded it yet).

#include <QDialog>

class QLabel;

class AboutDialog : public QDialog {
    Q_OBJECT

  public:
    explicit AboutDialog(QWidget* parent = nullptr);
    /// @brief The version lines of the program and its libraries, without the engine's.
    static QString versionText();

  private:
    void showEngine();
    QLabel* engine_;
};
