using Detector.Fuzz;
using SharpFuzz;

// Detector.Fuzz TARGET          run TARGET under afl-fuzz (input from AFL; see fuzz.sh)
// Detector.Fuzz TARGET FILE...  run TARGET once on each file, outside AFL (to reproduce a crash or hang)
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: Detector.Fuzz {string.Join('|', FuzzTargets.All.Keys)} [FILE...]");
    return 2;
}

if (args.Length > 1)
{
    foreach (var file in args.Skip(1))
    {
        Console.WriteLine(file);
        target(File.ReadAllBytes(file));
    }

    return 0;
}

// No warm-up before Run: instrumented code must not run before SharpFuzz maps AFL's coverage memory. So the first
// input also pays for loading the rule packs and models (fuzz.sh's per-input time limit allows for that).
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
