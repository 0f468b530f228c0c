#pragma once
/// @file AboutDialog.h
/// @brief Help > About: what the program is and which Qt, LibTorch and OpenCV it runs on, and
/// whether a CUDA device is usable.

#include <QDialog>

class AboutDialog : public QDialog {
    Q_OBJECT

  public:
    explicit AboutDialog(QWidget* parent = nullptr);
    /// @brief The version lines shown, for tests and bug reports.
    static QString versionText();
};
