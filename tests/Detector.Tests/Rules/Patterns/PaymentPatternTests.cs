using Detector.Rules.Patterns;

namespace Detector.Tests.Rules.Patterns;

public class PaymentPatternTests
{
    [Theory]
    [InlineData("GB82WEST12345698765432", true)] // the ISO 13616 example
    [InlineData("GB82WEST12345698765433", false)] // last digit tampered
    [InlineData("GB28WEST12345698765432", false)] // check digits swapped
    [InlineData("DE89370400440532013000", true)]
    [InlineData("FR1420041010050500013M02606", true)]
    public void Iban_check_digits(string iban, bool valid) => Assert.Equal(valid, IbanScanner.HasValidCheckDigits(iban));

    [Theory]
    [InlineData("pay to GB82 WEST 1234 5698 7654 32 today", "GB82 WEST 1234 5698 7654 32")]
    [InlineData("iban: GB82WEST12345698765432.", "GB82WEST12345698765432")]
    [InlineData("iban: GB82WEST12345698765433", null)]
    public void Iban_scanner(string text, string? expected) => Assert.Equal(expected, WalletAddressTests.Find(BuiltInPattern.Iban, text));

    [Theory]
    [InlineData("I want £4,000 now", "£4,000")]
    [InlineData("send $200", "$200")]
    [InlineData("200 dollars or else", "200 dollars")]
    [InlineData("just €300", "€300")]
    [InlineData("₦50,000 naira", "₦50,000")]
    [InlineData("give me 5k", "5k")]
    [InlineData("USD 500 today", "USD 500")]
    [InlineData("50 quid", "50 quid")]
    [InlineData("envoie 300€ maintenant", "300€")]
    [InlineData("envoie 300 € maintenant", "300 €")]
    [InlineData("2 000 € en bitcoin", "2 000 €")]
    [InlineData("2\u00A0000\u00A0€ en bitcoin", "2\u00A0000\u00A0€")]
    [InlineData("1 500,50 € ce soir", "1 500,50 €")]
    [InlineData("₦50 000 now", "₦50 000")]
    [InlineData("send 2 000 euros", "2 000 euros")]
    [InlineData("pay 2,000 000 dollars", "000 dollars")] // a space groups only after up to three digits or a space group
    [InlineData("room 12 345 dollars", "12 345 dollars")]
    [InlineData("we were 20 000 people", null)]
    [InlineData("see you at 5", null)]
    [InlineData("5kg of rice", null)]
    [InlineData("it's 2024", null)]
    public void Money_amounts(string text, string? expected) => Assert.Equal(expected, WalletAddressTests.Find(BuiltInPattern.MoneyAmount, text));

    [Theory]
    [InlineData("code: X7KQ-9PLM-2WRT-H4ZN", "X7KQ-9PLM-2WRT-H4ZN")]
    [InlineData("AB12C-DE34F-GH56J please", "AB12C-DE34F-GH56J")]
    [InlineData("X7KQ9PLM2WRTH4ZN", "X7KQ9PLM2WRTH4ZN")]
    [InlineData("call me at 0800-1234-5678", null)]
    [InlineData("THIS-IS-SOME-TEXT", null)]
    public void Gift_card_codes(string text, string? expected) => Assert.Equal(expected, WalletAddressTests.Find(BuiltInPattern.GiftCardCode, text));

    [Theory]
    [InlineData("cashapp $JohnDoe99 now", "$JohnDoe99")]
    [InlineData("send $200", null)]
    [InlineData("a$b", null)]
    public void Cashtags(string text, string? expected) => Assert.Equal(expected, WalletAddressTests.Find(BuiltInPattern.Cashtag, text));
}
