#pragma once
/// @file ModelConfig.h
/// @brief Which network to build: backbone, head and their sizes, with a JSON round trip.

#include <string>

namespace taxa {

/// @brief A classifier's architecture.
struct ModelConfig {
    std::string arch = "resnet50";  ///< resnet18, resnet34, resnet50, resnet101, resnet152.
    std::string head = "avg";       ///< "avg" (average pool + FC) or "mpncov" (iSQRT-COV + FC).
    int classes = 1000;
    int covDim = 160;               ///< iSQRT-COV: channels after the 1x1 reduction (d).
    int nsIterations = 3;           ///< iSQRT-COV: coupled Newton-Schulz steps (N).
    bool lastStageStride1 = false;  ///< Keep stride 1 in layer4 (the MPN-COV reference does).

    /// @brief A short stable description, e.g. "resnet50+mpncov(d=160,N=3)/8142"; two
    /// checkpoints fit the same model exactly when their signatures agree.
    std::string signature() const;
    /// @brief Throws taxa::Error for an unknown arch or head, or sizes out of range.
    void validate() const;
    std::string toJson() const;
    /// @brief Parses toJson() output; unknown keys are ignored, missing ones keep defaults.
    static ModelConfig fromJson(const std::string& json);
};

}  // namespace taxa
