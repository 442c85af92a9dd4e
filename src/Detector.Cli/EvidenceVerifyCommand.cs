using System.CommandLine;
using Detector.Evidence;

namespace Detector.Cli;

/// <summary><c>detector evidence verify --input FILE</c>: checks that an evidence bundle is intact.</summary>
internal static class EvidenceVerifyCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input("Evidence bundle (JSON); '-' reads standard input.");
        var command = new Command("verify", "Check that an evidence bundle is intact: each message's hash, the hash chain, the assessment and the digest.")
        {
            input,
        };
        command.SetAction(parse => Run(parse.GetValue(input)!));
        return command;
    }

    private static int Run(string input)
    {
        EvidenceVerificationResult result;
        using (var stream = input == "-" ? Console.OpenStandardInput() : File.OpenRead(input))
        {
            result = EvidenceVerifier.Verify(stream);
        }

        if (result.IsValid)
        {
            Console.WriteLine($"{input}: {result.Description}");
            return ExitCodes.Success;
        }

        Console.Error.WriteLine($"{input}: {result.Description}");
        return ExitCodes.Failure;
    }
}
