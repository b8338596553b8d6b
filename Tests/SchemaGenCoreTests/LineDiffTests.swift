import Testing

@Suite struct LineDiffTests {
  @Test func marksChangedLinesWithContext() {
    let diff = LineDiff.render(
      expected: "a\nb\nc\nd\ne\nf\ng", actual: "a\nb\nc\nD\ne\nf\ng", context: 1)
    #expect(diff == "@@ line 3 @@\n  c\n- d\n+ D\n  e")
  }

  @Test func identicalTextsHaveNoDiff() {
    #expect(LineDiff.render(expected: "a\nb", actual: "a\nb").isEmpty)
  }
}
