using Detector.Rules.Patterns;

namespace Detector.Tests.Rules.Patterns;

public class ContextPatternTests
{
    [Theory]
    [InlineData("I'm 15", "I'm 15")]
    [InlineData("im 16 lol", "im 16")]
    [InlineData("i am only 14", "i am only 14")]
    [InlineData("I’m 13", "I’m 13")]
    [InlineData("15 yo", "15 yo")]
    [InlineData("m 15yo", "15yo")]
    [InlineData("he is 15 years old", "15 years old")]
    [InlineData("im 15 years old", "im 15 years old")]
    [InlineData("I'm 25", null)]
    [InlineData("I'm 15 minutes away", null)]
    [InlineData("15 years ago", null)]
    [InlineData("I'm 18", null)]
    [InlineData("I am 1.5 m tall", null)]
    public void Ages_under_18(string text, string? expected) => Assert.Equal(expected, WalletAddressTests.Find(BuiltInPattern.AgeUnder18, text));

    [Theory]
    [InlineData("I'm in year 10", "year 10")]
    [InlineData("9th grade sucks", "9th grade")]
    [InlineData("sophomore in high school", "sophomore")]
    [InlineData("grade 7", "grade 7")]
    [InlineData("year 2024 was great", null)]
    [InlineData("the 3rd grade", null)]
    public void School_years(string text, string? expected) => Assert.Equal(expected, WalletAddressTests.Find(BuiltInPattern.SchoolYear, text));

    [Theory]
    [InlineData("you have 30 minutes", "30 minutes")]
    [InlineData("1 hour left", "1 hour")]
    [InlineData("24h or else", "24h")]
    [InlineData("you got an hour", "an hour")]
    [InlineData("48hrs", "48hrs")]
    [InlineData("I have 30 friends", null)]
    [InlineData("I have 30 friends and 2 days", "2 days")]
    [InlineData("room 12b, then 3 weeks", "3 weeks")]
    [InlineData("YOU HAVE HALF AN HOUR", "HALF AN HOUR")]
    [InlineData("one hour", "one hour")]
    [InlineData("1h30 left", "1h")]
    [InlineData("2h30min", "2h")]
    [InlineData("1 h4ve th3 video", null)]
    [InlineData("1 h4ve it, 2 days", "2 days")]
    [InlineData("tu as 2 heures", "2 heures")]
    [InlineData("il te reste 1 heure", "1 heure")]
    [InlineData("tienes 2 horas", "2 horas")]
    [InlineData("3 días", "3 días")]
    [InlineData("10 minutos o lo publico", "10 minutos")]
    [InlineData("may 2 oras ka", "2 oras")]
    [InlineData("2 hommes", null)]
    public void Durations(string text, string? expected) => Assert.Equal(expected, WalletAddressTests.Find(BuiltInPattern.Duration, text));

    [Fact]
    public void Every_duration_unit_passes_the_pre_check()
    {
        // The scanner only runs on a text the pre-check lets through, so a unit without one of its keys would never be
        // found. The text is the duration alone: any other word could bring a key of its own ("have" has an 'h').
        foreach (var unit in DurationScanner.Units)
        {
            Assert.Equal($"2 {unit}", WalletAddressTests.Find(BuiltInPattern.Duration, $"2 {unit}"));
        }
    }
}
