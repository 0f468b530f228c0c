#pragma once
// Each taxa-cli subcommand: parses its options and runs the core job; returns the exit code.

namespace taxa::cli {

int runDemo(int argc, char** argv);
int runStats(int argc, char** argv);
int runBench(int argc, char** argv);
int runTrain(int argc, char** argv);
int runPredict(int argc, char** argv);
int runEvaluate(int argc, char** argv);

}  // namespace taxa::cli
