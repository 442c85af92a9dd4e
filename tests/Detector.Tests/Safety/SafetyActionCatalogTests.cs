using System.Text;
using Detector.Safety;
using Detector.Scoring;

namespace Detector.Tests.Safety;

public class SafetyActionCatalogTests
{
    private static readonly SafetyActionCatalog s_catalog = SafetyActionCatalog.Default;

    private static Assessment At(RiskLevel level, params string[] signals) => new()
    {
        Risk = 0.5,
        Flagged = level >= RiskLevel.High,
        Level = level,
        Stage = Stage.Contact,
        Signals = [.. signals.Select((name, i) => new Signal(name, i, 0, 1, 0.1))],
    };

    private static string[] Ids(IReadOnlyList<SafetyAction> actions) => [.. actions.Select(action => action.Id)];

    private static string[] ResourceNames(SafetyAction action) => [.. action.Resources.Select(resource => resource.Name)];

    [Theory]
    [InlineData(RiskLevel.None, new string[0])]
    [InlineData(RiskLevel.Low, new string[0])]
    [InlineData(RiskLevel.Medium, new[] { "safety_prompt" })]
    [InlineData(RiskLevel.High, new[] { "warn_victim", "escalate_to_moderator" })]
    [InlineData(RiskLevel.Critical, new[] { "warn_victim", "escalate_to_moderator", "restrict_suspect" })]
    public void Each_level_gives_its_documented_actions(RiskLevel level, string[] expected)
    {
        Assert.Equal(expected, Ids(s_catalog.Recommend(At(level, "flattery"), "GB")));
    }

    [Fact]
    public void Actions_carry_their_audience_and_text()
    {
        var actions = s_catalog.Recommend(At(RiskLevel.Critical), "GB");

        var warning = actions.Single(action => action.Id == "warn_victim");
        Assert.Equal(SafetyAudience.Victim, warning.Audience);
        foreach (var advice in new[] { "don't panic", "Don't pay", "Save the evidence", "Block", "report" })
        {
            Assert.Contains(advice, warning.Message, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(SafetyAudience.Moderator, actions.Single(action => action.Id == "escalate_to_moderator").Audience);
        Assert.Equal(SafetyAudience.Suspect, actions.Single(action => action.Id == "restrict_suspect").Audience);
        Assert.All(actions, action => Assert.False(string.IsNullOrWhiteSpace(action.Title)));
    }

    [Theory]
    [InlineData(RiskLevel.None)]
    [InlineData(RiskLevel.Low)]
    [InlineData(RiskLevel.Critical)]
    public void Self_harm_risk_gives_crisis_support_first_whatever_the_level(RiskLevel level)
    {
        var actions = s_catalog.Recommend(At(level, "self_harm_risk"), "GB");

        Assert.Equal("show_crisis_support", actions[0].Id);
        Assert.Equal(SafetyAudience.Victim, actions[0].Audience);
        Assert.Equal(["Samaritans"], ResourceNames(actions[0]));
        Assert.Contains("escalate_to_moderator", Ids(actions));
    }

    [Fact]
    public void Crisis_support_in_the_us_offers_988()
    {
        var crisis = s_catalog.Recommend(At(RiskLevel.Low, "self_harm_risk"), "us")[0];

        var resource = Assert.Single(crisis.Resources);
        Assert.Equal("988 Suicide & Crisis Lifeline", resource.Name);
        Assert.Equal(new Uri("https://988lifeline.org/"), resource.Url);
    }

    [Fact]
    public void Minor_indicator_gives_the_child_safety_escalation_with_ceop_in_gb()
    {
        var actions = s_catalog.Recommend(At(RiskLevel.Low, "minor_indicator"), "GB");

        var escalation = Assert.Single(actions);
        Assert.Equal("escalate_child_safety", escalation.Id);
        Assert.Equal(SafetyAudience.Moderator, escalation.Audience);
        var ceop = Assert.Single(escalation.Resources);
        Assert.Equal(new Uri("https://www.ceop.police.uk/"), ceop.Url);
        Assert.Equal(HelpResourceAudience.Minors, ceop.Audience);
    }

    [Fact]
    public void A_minor_is_offered_child_resources_and_not_adult_only_ones()
    {
        var adultOrUnknown = s_catalog.Recommend(At(RiskLevel.High), "GB").Single(action => action.Id == "warn_victim");
        var minor = s_catalog.Recommend(At(RiskLevel.High, "minor_indicator"), "GB").Single(action => action.Id == "warn_victim");

        Assert.Equal(["Revenge Porn Helpline", "CEOP (National Crime Agency)", "StopNCII.org"], ResourceNames(adultOrUnknown));
        Assert.Equal(["CEOP (National Crime Agency)"], ResourceNames(minor));
    }

    [Fact]
    public void Minor_indicator_alone_at_level_none_is_not_escalated()
    {
        Assert.Empty(s_catalog.Recommend(At(RiskLevel.None, "minor_indicator"), "GB"));
    }

    [Theory]
    [InlineData("FR")]
    [InlineData(null)]
    [InlineData("")]
    public void An_unknown_region_falls_back_to_international_resources(string? region)
    {
        var warning = s_catalog.Recommend(At(RiskLevel.High), region).Single(action => action.Id == "warn_victim");

        var resource = Assert.Single(warning.Resources);
        Assert.Equal("international", resource.Region);
        Assert.Equal(new Uri("https://stopncii.org/"), resource.Url);
    }

    [Fact]
    public void Resources_link_only_to_the_organisations_home_pages()
    {
        string[] allowed =
        [
            "https://revengepornhelpline.org.uk/", "https://www.ceop.police.uk/", "https://www.samaritans.org/",
            "https://takeitdown.ncmec.org/", "https://988lifeline.org/", "https://stopncii.org/",
        ];
        var everything = new[] { "GB", "US", null }
            .SelectMany(region => s_catalog.Recommend(At(RiskLevel.Critical, "self_harm_risk", "minor_indicator"), region)
                .Concat(s_catalog.Recommend(At(RiskLevel.Critical, "self_harm_risk"), region)))
            .SelectMany(action => action.Resources)
            .Select(resource => resource.Url.AbsoluteUri)
            .Distinct()
            .Order();

        Assert.Equal(allowed.Order(), everything);
    }

    [Fact]
    public void A_team_catalog_is_loaded_from_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"safety-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {"version":"team-7","resources":[{"id":"local","name":"Local Helpline","url":"https://example.org/","region":"NZ","audience":"everyone","description":"Help."}],
             "actions":[{"id":"nudge","audience":"victim","title":"Careful","message":"Be careful.","when":[{"levels":["low"]}],"resources":["local"]}]}
            """);
        try
        {
            var catalog = SafetyActionCatalog.Load(path);

            Assert.Equal("team-7", catalog.Version);
            var nudge = Assert.Single(catalog.Recommend(At(RiskLevel.Low), "nz"));
            Assert.Equal("Be careful.", nudge.Message);
            Assert.Equal("Local Helpline", Assert.Single(nudge.Resources).Name);
            Assert.Empty(catalog.Recommend(At(RiskLevel.Critical), "NZ"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{"version":"1","resources":[],"actions":[""", "line 1, $.actions[0]: invalid JSON")]
    [InlineData("""{"version":"1","resources":[],"actions":[],"extra":1}""", "$.extra: unknown field")]
    [InlineData("""{"version":"1","resources":[{"id":"x","nmae":"y"}],"actions":[]}""", "$.resources[0].nmae: unknown field")]
    [InlineData("""{"resources":[],"actions":[]}""", "missing required field 'version'")]
    [InlineData("""{"version":"1","resources":[],"actions":[{"id":"a","audience":"victim","title":"t","message":"m","when":[{"levels":["severe"]}]}]}""",
        "actions[0] ('a').when[0]: 'levels' must be one of none, low, medium, high, critical, not \"severe\"")]
    [InlineData("""{"version":"1","resources":[],"actions":[{"id":"a","audience":"victim","title":"t","message":"m","when":[{"levels":["low"]}],"resources":["nope"]}]}""",
        "actions[0] ('a'): unknown resource \"nope\"")]
    [InlineData("""{"version":"1","resources":[],"actions":[{"id":"a","audience":"police","title":"t","message":"m","when":[{"levels":["low"]}]}]}""",
        "'audience' must be one of victim, suspect, moderator")]
    [InlineData("""{"version":"1","resources":[],"actions":[{"id":"a","audience":"victim","message":"m","when":[{"levels":["low"]}]}]}""",
        "actions[0] ('a'): missing required field 'title'")]
    [InlineData("""{"version":"1","resources":[],"actions":[{"id":"a","audience":"victim","title":"t","message":"m","when":[]}]}""",
        "'when' must list at least one condition")]
    [InlineData("""{"version":"1","resources":[{"id":"r","name":"n","url":"http://example.org/","region":"GB","audience":"adults","description":"d"}],"actions":[]}""",
        "resources[0] ('r'): 'url' must be an absolute https URL")]
    [InlineData("""{"version":"1","resources":[{"id":"r","name":"n","url":"https://example.org/","region":"United Kingdom","audience":"adults","description":"d"}],"actions":[]}""",
        "'region' must be a two-letter ISO 3166-1 code")]
    [InlineData("""{"version":"1","resources":[],"actions":[{"id":"a","audience":"victim","title":"t","message":"m","when":[{"levels":["low"]}]},{"id":"a","audience":"victim","title":"t","message":"m","when":[{"levels":["low"]}]}]}""",
        "actions[1] ('a'): duplicate action id")]
    public void A_malformed_catalog_is_refused_with_the_file_and_the_problem(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            SafetyActionCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "team-actions.json"));

        Assert.StartsWith("team-actions.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_catalog_file_is_the_one_in_the_source_tree()
    {
        // The repository copy is what teams read and edit; the default must be exactly it.
        var source = FindRepositoryFile("src/Detector/Safety/safety-actions.json");
        var fromFile = SafetyActionCatalog.Load(source);

        Assert.Equal(fromFile.Version, s_catalog.Version);
        Assert.Equal(
            fromFile.Recommend(At(RiskLevel.Critical, "self_harm_risk"), "GB").Select(action => action.Message),
            s_catalog.Recommend(At(RiskLevel.Critical, "self_harm_risk"), "GB").Select(action => action.Message));
    }

    private static string FindRepositoryFile(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(relativePath);
    }
}
