// The types of this target are generated at build time from Torture.schema by the build-tool
// plugin. SwiftPM needs one Swift file of a target's own besides its schema files; this is it.
