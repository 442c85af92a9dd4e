namespace Detector.Training.Corpus;

/// <summary>What follows from a persona: which names fit, which ages, how likely each persona is.</summary>
internal static class Personas
{
    /// <summary>The romance-scam personas and how often each appears among non-hacker perpetrators.</summary>
    public static readonly IReadOnlyList<(PerpetratorPersona Persona, double Weight)> Perpetrators =
    [
        (PerpetratorPersona.FakeYoungWoman, 0.65),
        (PerpetratorPersona.FakeYoungMan, 0.2),
        (PerpetratorPersona.ModellingAgent, 0.15),
    ];

    public static readonly IReadOnlyList<(VictimPersona Persona, double Weight)> Victims =
    [
        (VictimPersona.TeenageBoy, 0.35),
        (VictimPersona.YoungMan, 0.35),
        (VictimPersona.OlderMan, 0.15),
        (VictimPersona.Woman, 0.15),
    ];

    /// <summary>The filler list the persona's display name comes from.</summary>
    public static string NameList(PerpetratorPersona persona, SeededRandom random) => persona switch
    {
        PerpetratorPersona.FakeYoungWoman => "female_names",
        PerpetratorPersona.FakeYoungMan => "male_names",
        _ => random.Chance(0.5) ? "female_names" : "male_names",
    };

    public static string NameList(VictimPersona persona) =>
        persona == VictimPersona.Woman ? "female_names" : "male_names";

    /// <summary>An age fitting the persona: 13–17 for a teenager, adult otherwise.</summary>
    public static int AgeOf(VictimPersona persona, SeededRandom random) => persona switch
    {
        VictimPersona.TeenageBoy => random.Between(13, 17),
        VictimPersona.YoungMan => random.Between(18, 26),
        VictimPersona.OlderMan => random.Between(35, 64),
        _ => random.Between(19, 48),
    };

    public static T PickWeighted<T>(IReadOnlyList<(T Item, double Weight)> choices, SeededRandom random) =>
        choices[random.PickWeighted([.. choices.Select(choice => choice.Weight)])].Item;
}
