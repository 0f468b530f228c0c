#pragma once
/// @file SignalBridge.h
/// @brief SIGTERM, SIGINT and SIGHUP as a Qt signal on the GUI thread (a self-pipe watched by
/// a QSocketNotifier: a signal handler may only write to a pipe), so that `kill PID`, Ctrl-C
/// in the terminal or a logout close the window as the user would: a training run stops after
/// its batch and saves last.pt, as `taxa-cli train` does.

#include <QObject>

class QSocketNotifier;

class SignalBridge : public QObject {
    Q_OBJECT

  public:
    /// @brief Installs the handlers; one bridge per process.
    explicit SignalBridge(QObject* parent = nullptr);
    ~SignalBridge() override;

  signals:
    /// @brief One of the signals arrived (its number).
    void terminationRequested(int signal);

  private:
    QSocketNotifier* notifier_;
};
