using Detector.Rules;

namespace Detector.Tests.Rules;

public class RulePackWarningsTests
{
    [Theory]
    [InlineData("moneygram|money gram")] // (moneygram or money) gram
    [InlineData("western union|westernunion")] // western (union or westernunion)
    [InlineData("screen record* {0-2} video call|videocall|facetime")]
    [InlineData("i am|im counting")] // i (am or im) counting
    [InlineData("im|i am so|very lonely tonight")] // (im or i) am so lonely
    [InlineData("want|wanna|wana to die")] // (want or wanna or wana) to die
    [InlineData("its|thats|it is not enough")]
    public void A_phrase_written_as_if_an_alternative_could_be_several_words_is_explained(string phrase) =>
        Assert.NotNull(RulePackWarnings.Explain(phrase));

    [Theory]
    [InlineData("i|ive|we got|have {0-3} recorded")] // "ive got" is fine English
    [InlineData("your|ur cousin|cousins is|are|s gonna see")] // a plural beside "s" is not a join
    [InlineData("send|give me money|cash")]
    [InlineData("video call|chat|calling")]
    [InlineData("moneygram")]
    [InlineData("we were|are here")] // "were" is a word too, not only "we are"
    public void A_phrase_that_means_what_it_says_is_not_warned_of(string phrase) =>
        Assert.Null(RulePackWarnings.Explain(phrase));

    [Fact]
    public void The_default_packs_have_no_warnings()
    {
        var packs = RulePack.LoadEmbedded();
        Assert.Equal(5, packs.Count);
        Assert.All(packs, pack => Assert.Empty(RulePackWarnings.Find(pack, pack.Source)));
    }
}
