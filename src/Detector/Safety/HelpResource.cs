namespace Detector.Safety;

/// <summary>An organisation a person can turn to for help, as listed in a safety action catalog.</summary>
/// <param name="Name">The organisation or service, e.g. <c>Revenge Porn Helpline</c>.</param>
/// <param name="Url">Its public home page.</param>
/// <param name="Region">The ISO 3166-1 alpha-2 code of the country it serves (e.g. <c>GB</c>, <c>US</c>), or <c>international</c>.</param>
/// <param name="Audience">Whom it serves.</param>
/// <param name="Description">What it offers, in one or two sentences for the person who will read it.</param>
public sealed record HelpResource(string Name, Uri Url, string Region, HelpResourceAudience Audience, string Description);
