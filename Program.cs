using Detector.Conversations;
using Detector.Rules;
var packs = args.Select(a => RulePack.Load(a)).ToList();
var engine = RuleEngine.Create(packs);
var buffer = new RuleMatch[4096];
int failures = 0, examples = 0;
bool Fires(string text, Rule rule)
{
    var n = engine.Match(text, MessageKind.Text, buffer);
    for (var i = 0; i < n; i++) if (ReferenceEquals(buffer[i].Rule, rule)) return true;
    return false;
}
foreach (var rule in engine.Rules)
{
    foreach (var ex in rule.MatchExamples) { examples++; if (!Fires(ex, rule)) { failures++; Console.WriteLine($"MISS  {rule.Id}: {ex}"); } }
    foreach (var ex in rule.NoMatchExamples) { examples++; if (Fires(ex, rule)) { failures++; Console.WriteLine($"FALSE {rule.Id}: {ex}"); } }
}
Console.WriteLine($"{engine.Rules.Count} rules, {examples} examples, {failures} failures");
if (Environment.GetEnvironmentVariable("BENIGN") is { } benign)
{
    foreach (var line in File.ReadLines(benign))
    {
        var n = engine.Match(line, MessageKind.Text, buffer);
        if (n > 0) Console.WriteLine($"{line} => {string.Join(", ", buffer[..n].Select(m => $"{m.Rule.Id}({m.Weight})"))}");
    }
}
return failures == 0 ? 0 : 1;
