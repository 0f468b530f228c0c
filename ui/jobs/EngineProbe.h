#pragma once
/// @file EngineProbe.h
/// @brief What the ML engine is and finds on this machine (LibTorch version, CUDA devices),
/// for About and the Training form. Asking loads the engine (LibTorch: 0.5-0.7 s), so callers
/// ask through probe() off the GUI thread unless loaded() says it is cheap.

#include <QCoreApplication>
#include <QString>
#include <memory>

#include "workers/BackgroundJob.h"

class EngineProbe {
    Q_DECLARE_TR_FUNCTIONS(AboutDialog)

  public:
    /// @brief What a probe found.
    struct Found {
        bool available = false;
        int cudaDevices = 0;
        QString line;  ///< One line for people: versions and devices, or why there is none.
    };
    /// @brief The engine is loaded already: describe() is cheap.
    static bool loaded();
    /// @brief Loads the engine if need be and describes it; never throws.
    static Found describe();
    /// @brief describe() as background work.
    static BackgroundJob::Work probe(std::shared_ptr<Found> out);
};
