package claim

import "testing"

// TestReview24CaptionThenStory checks that a caption's line whose second
// sentence is the story's, "Photo: A smart meter display .... Around 22
// million households are on capped tariffs.", is cut after the caption and
// the second sentence is a claim, while a caption with a credit after it
// stays one line of page furniture (review 24, F18).
func TestReview24CaptionThenStory(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "photo", in: "Photo: A smart meter display showing household energy use. Around 22 million households are on capped tariffs.", sent: 1, want: []string{"quantity: Around 22 million households"}, cw: "yes"},
		{name: "caption", in: "Caption: Police officers at a knife bin in Birmingham. The West Midlands force recorded the highest rate of knife crime.", sent: 1, want: []string{"comparison: the highest"}, cw: "yes"},
		{name: "the caption itself", in: "Photo: A smart meter display showing household energy use. Around 22 million households are on capped tariffs.", want: []string{"page furniture"}, cw: "no"},
	} {
		t.Run(tt.name, tt.run)
	}
	for _, in := range []string{
		"Photo: The recalled granola packs carry batch codes on the base of the box. (Grainfield Foods)",
		"Photo: The recalled granola packs carry batch codes on the base of the box. Credit: Getty Images.",
		"Photo: Firefighters at the scene on Tuesday. Picture: John Smith/PA.",
		"Image: Mr. Hale at the launch in London on Monday.",
	} {
		if _, sents, _ := judgeText(in); len(sents) != 1 {
			t.Errorf("%q: %d sentences, want the caption as one", in, len(sents))
		}
	}
}
