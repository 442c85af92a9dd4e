namespace Detector.Rules.Patterns;

/// <summary>The built-in pattern scanners a rule can name in <c>patterns</c>; hand-written and linear in the text.</summary>
internal enum BuiltInPattern
{
    /// <summary><c>money_amount</c>: £4,000, $200, 200 dollars, €300, 300 €, 2 000 €, ₦50,000, 5k.</summary>
    MoneyAmount,

    /// <summary><c>btc_address</c>: a Bitcoin address with a valid checksum (Base58Check, bech32, bech32m).</summary>
    BtcAddress,

    /// <summary><c>eth_address</c>: 0x and 40 hexadecimal digits.</summary>
    EthAddress,

    /// <summary><c>iban</c>: an IBAN whose check digits are valid (mod 97).</summary>
    Iban,

    /// <summary><c>gift_card_code</c>: a redemption code such as XXXX-XXXX-XXXX-XXXX.</summary>
    GiftCardCode,

    /// <summary><c>cashtag</c>: a Cash App $cashtag.</summary>
    Cashtag,

    /// <summary><c>age_under_18</c>: a stated age under 18 ("I'm 15", "15 yo").</summary>
    AgeUnder18,

    /// <summary><c>school_year</c>: a school year ("year 10", "9th grade", "sophomore").</summary>
    SchoolYear,

    /// <summary><c>duration</c>: a length of time ("30 minutes", "1 hour", "24h"; "2 heures", "2 horas", "2 oras").</summary>
    Duration,
}
