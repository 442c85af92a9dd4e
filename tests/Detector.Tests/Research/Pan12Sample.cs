namespace Detector.Tests.Research;

/// <summary>The hand-written PAN 2012 sample in TestData (copied to the test output) and what it holds.</summary>
internal static class Pan12Sample
{
    public const string GroomingId = "c0a1predator00000000000000000001";
    public const string BenignId = "c0b2benign0000000000000000000002";
    public const string EmptyId = "c0c3empty00000000000000000000003";
    public const string TwoPredatorsId = "c0d4twopredators0000000000000004";
    public const string Predator = "p1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public const int LineOfConversationWithoutId = 45;

    public static string XmlPath => Path.Combine(AppContext.BaseDirectory, "Research", "TestData", "pan12-sample.xml");

    public static string PredatorsPath => Path.Combine(AppContext.BaseDirectory, "Research", "TestData", "pan12-sample-predators.txt");
}
