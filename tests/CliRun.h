#pragma once
// Runs the taxa-cli under test (TAXA_CLI_PATH) as a script would, for the CLI tests.

#include <QProcess>
#include <QStringList>
#include <QtTest>

/// @brief What a taxa-cli run left: its exit code (-1 if it crashed), stdout and stderr.
struct Run {
    int code;
    QByteArray out, err;
};

inline Run cli(const QStringList& args, int timeoutMs = 600000) {
    QProcess p;
    p.start(QStringLiteral(TAXA_CLI_PATH), args);
    if (!p.waitForFinished(timeoutMs)) qFatal("taxa-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
